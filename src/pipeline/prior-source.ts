/**
 * Which index an incremental run reuses: the one --prior (or the action's cache) names, else, on
 * the CLI, the index already in the output folder, so that running `index` twice into one folder
 * embeds only what changed. Either passes the one compatibility rule (loadPriorIndex).
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE } from '../artifact/index.js'
import type { IndexConfig } from '../config/index.js'

export interface PriorSource {
  dir: string
  /** The output folder's own index: a reason not to reuse it is told as a rebuild, not a warning. */
  isOutput: boolean
}

export async function priorSource(config: IndexConfig): Promise<PriorSource | undefined> {
  if (config.reindex !== 'incremental') return undefined
  if (config.prior) return { dir: config.prior, isOutput: false }
  // prepareOutput has checked that the folder holds an index or nothing: a manifest means an index.
  if (config.priorInOutput && (await exists(join(config.output, MANIFEST_FILE)))) {
    return { dir: config.output, isOutput: true }
  }
  return undefined
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
