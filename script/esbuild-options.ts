/**
 * What the action's bundle (./package.ts, dist/) and the npm package's CLI (./build-lib.ts, lib/)
 * are built with alike: ES modules for Node, the entries' shared code and the modules imported on
 * first use as chunks beside them, each written once. ES modules keep `import.meta.url` the
 * file's own, which src/entry-scripts.ts finds the worker entries by.
 *
 * Both bundle transformers.js: sharp (native, image-only) is swapped for src/stubs/sharp.ts, as
 * tsconfig.json's `paths` do for the type checker, and the banner gives the CommonJS code the
 * `require` it calls, with which transformers.js loads onnxruntime-node at run time from the
 * node_modules beside the bundle (dist/node_modules, or the installing project's).
 */
import type { BuildOptions } from 'esbuild'

export const NODE_ESM: BuildOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  alias: { sharp: './src/stubs/sharp.ts' },
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);"
  }
}
