/**
 * Where a script that runs in a process or a thread of its own is: beside this module, with
 * this module's extension. That holds in every layout, so there is one rule and no guessing:
 * the source runs src/<name>.ts (under the TypeScript loader that the test harness and the
 * `npm run` scripts supply to every process and thread), the npm package lib/<name>.js, and the
 * action's bundle dist/<name>.js (this module's code lands in a file of dist/, beside them).
 */
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The entries (src/<name>.ts) that run in a process or a thread of their own. */
export type EntryName =
  'worker' | 'keyword-worker' | 'digest-worker' | 'graph-worker' | 'embedder-worker'

export function entryScript(name: EntryName): string {
  const here = new URL(import.meta.url)
  return fileURLToPath(new URL(`./${name}${extname(here.pathname)}`, here))
}
