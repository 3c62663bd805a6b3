/**
 * `npm run build:lib` (and `prepare`, so `npm ci`, a git install and `npm pack` run it): the npm
 * package's CLI, lib/cli.js, with its forked worker and its threads (the keyword index's, the
 * index reader's digest thread, the approximate-search graph's and the query model's) beside it.
 * The package's `dependencies` stay imports (npm installs them beside the package: ONNX Runtime
 * with each platform's own binaries, the MCP SDK, the tree-sitter grammars), and so do its
 * `peerDependencies` (LanceDB, which the user installs only to export); what is a
 * devDependency is bundled, transformers.js included, so that its unused onnxruntime-web and
 * sharp are never installed. The licences of the bundled packages go to lib/bundle.licenses.txt,
 * as dist/'s do.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { bundledPackages, renderLicences } from './bundle-licences.js'
import { NODE_ESM } from './esbuild-options.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const lib = join(root, 'lib')
const { dependencies, peerDependencies } = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8')
) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> }

rmSync(lib, { recursive: true, force: true })
const { metafile } = await build({
  ...NODE_ESM,
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    worker: 'src/worker.ts',
    'keyword-worker': 'src/keyword-worker.ts',
    'digest-worker': 'src/digest-worker.ts',
    'graph-worker': 'src/graph-worker.ts',
    'embedder-worker': 'src/embedder-worker.ts'
  },
  outdir: lib,
  // A package name also covers its subpaths (`@modelcontextprotocol/sdk/server/mcp.js`).
  external: [...Object.keys(dependencies), ...Object.keys(peerDependencies)],
  metafile: true
})
const packages = bundledPackages(Object.keys(metafile.inputs), root)
writeFileSync(join(lib, 'bundle.licenses.txt'), renderLicences(packages))
