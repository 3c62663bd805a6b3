import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The entries (src/<name>.ts) that run in a process or a thread of their own. */
export type EntryName = 'worker' | 'keyword-worker'

export interface EntryFile {
  path: string
  /** TypeScript source, to be run under tsx. */
  source: boolean
}

/**
 * An entry that goes with the running code. Bundled (dist/index.js, dist/cli.js), this module's
 * code is inside the bundle and the entry is its own bundle beside it: dist/<name>.js. Unbundled,
 * this module is util/entries.* and the entries sit one folder up: lib/<name>.js in the npm
 * package (compiled by tsc), or src/<name>.ts when the source tree runs under tsx (the tests,
 * `npm run` scripts).
 */
export function entryFile(name: EntryName): EntryFile {
  // Not `new URL('./worker.js', import.meta.url)`: the bundler would try to resolve that at build
  // time, and the entries are separate bundles that exist only in dist/.
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) return { path: join(dirname(here), '..', `${name}.ts`), source: true }
  const bundled = !basename(here).startsWith('entries.')
  return { path: join(dirname(here), bundled ? '.' : '..', `${name}.js`), source: false }
}
