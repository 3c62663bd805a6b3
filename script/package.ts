/**
 * `npm run package`: bundles the action's entries into dist/ in one esbuild pass and lays beside
 * them what a bundle cannot hold, so that dist/ runs with no node_modules present.
 *
 * - The entries are the action (dist/index.js, as action.yml names it), its forked embedding
 *   worker (dist/worker.js) and the thread that hashes index files as they are read
 *   (dist/digest-worker.js: the action reads the prior index); the code they share is in chunks
 *   beside them. (The keyword index's
 *   thread serves `embed-index serve` and `query`, which the action does not run.) esbuild writes straight into dist/, so every file it emits is kept; an import it cannot
 *   bundle (a file type without a loader) fails the build, naming the file.
 * - ES modules out, sharp stubbed, `require` given to CommonJS code (./esbuild-options.ts).
 * - transformers.js loads onnxruntime-node with createRequire() at run time, and onnxruntime-node
 *   loads its native binding by a computed path; neither can be bundled, so the package itself
 *   (JavaScript plus the Linux x64 and arm64 binaries) is copied to dist/node_modules/, where that
 *   require() resolves from dist/*.js.
 * - The chunker's tree-sitter runtime (its CommonJS build) and grammars (WebAssembly) are
 *   loaded at run time (src/chunk/grammars.ts), resolved like modules: those files, and only
 *   those, are copied into dist/node_modules under their packages' names.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { LANGUAGES, RUNTIME_SCRIPT, RUNTIME_WASM } from '../src/chunk/languages.js'
import { bundledPackages, renderLicences } from './bundle-licences.js'
import { NODE_ESM } from './esbuild-options.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

const ENTRIES = {
  index: 'src/index.ts',
  worker: 'src/worker.ts',
  'digest-worker': 'src/digest-worker.ts'
}

const PLATFORMS = ['linux/x64', 'linux/arm64']

async function bundle(): Promise<void> {
  const { metafile } = await build({
    ...NODE_ESM,
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: dist,
    metafile: true
  })
  const packages = bundledPackages(Object.keys(metafile.inputs), root)
  writeFileSync(join(dist, 'bundle.licenses.txt'), renderLicences(packages))
}

function copyRuntimePackage(name: string, parts: string[]): void {
  const from = join(root, 'node_modules', name)
  const to = join(dist, 'node_modules', name)
  for (const part of ['package.json', 'LICENSE', ...parts]) {
    try {
      cpSync(join(from, part), join(to, part), {
        recursive: true,
        filter: file => !file.endsWith('.map') && !file.endsWith('.d.ts')
      })
    } catch (error) {
      if (part !== 'LICENSE') throw error
    }
  }
}

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
await bundle()
writeFileSync(join(dist, 'package.json'), '{\n  "type": "module"\n}\n')
copyRuntimePackage('onnxruntime-node', ['dist', ...PLATFORMS.map(p => `bin/napi-v6/${p}`)])
copyRuntimePackage('onnxruntime-common', ['dist/cjs'])
const treeSitter = [RUNTIME_SCRIPT, RUNTIME_WASM, ...LANGUAGES.map(language => language.grammar)]
for (const name of new Set(treeSitter.map(file => file.package))) {
  copyRuntimePackage(
    name,
    treeSitter.filter(file => file.package === name).map(file => file.file)
  )
}
console.log(`dist/: ${readdirSync(dist).join(', ')}`)
