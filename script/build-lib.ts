/**
 * `npm run build:lib` (and `prepare`, so `npm ci` and `npm pack` run it): the npm package's CLI,
 * lib/cli.js, with its forked worker and the keyword index's thread beside it. Its dependencies
 * stay imports (npm installs them beside the package), so only our own code is bundled.
 */
import { rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { NODE_ESM } from './esbuild-options.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const lib = join(root, 'lib')

rmSync(lib, { recursive: true, force: true })
await build({
  ...NODE_ESM,
  absWorkingDir: root,
  entryPoints: {
    cli: 'src/cli.ts',
    worker: 'src/worker.ts',
    'keyword-worker': 'src/keyword-worker.ts'
  },
  outdir: lib,
  packages: 'external'
})
