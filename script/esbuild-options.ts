/**
 * What the action's bundle (./package.ts, dist/) and the npm package's CLI (./build-lib.ts, lib/)
 * are built with alike: ES modules for Node, the entries' shared code and the modules imported on
 * first use as chunks beside them, each written once. ES modules keep `import.meta.url` the
 * file's own, which src/entry-scripts.ts finds the worker entries by.
 */
import type { BuildOptions } from 'esbuild'

export const NODE_ESM: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning'
}
