/**
 * What a restored prior index recorded of the run that wrote it: its stats.json figures and its
 * weights (the manifest's model.dtype). Read for comparison only, so that a full reindex, which
 * reuses no vectors, is compared like an incremental run. The folder comes from a cache:
 * anything missing or malformed means no figures, never an error.
 */
import { join } from 'node:path'
import { MANIFEST_FILE } from '../artifact/index.js'
import { readStats } from '../artifact/index.js'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'
import type { PriorFigures } from './gate.js'
import { parseRunStats } from './stats.js'

export async function readPriorFigures(dir: string): Promise<PriorFigures | undefined> {
  try {
    const stats = parseRunStats(await readStats(dir))
    const file = join(dir, MANIFEST_FILE)
    // A regular file only: the folder is untrusted (a FIFO must not hang the step).
    const manifest = parseJson((await readRegularFile(file)).toString('utf8'), file) as {
      model?: { dtype?: unknown }
    } | null
    const dtype = manifest?.model?.dtype
    return stats && typeof dtype === 'string' ? { stats, dtype } : undefined
  } catch {
    // Unreadable or not JSON: a prior without figures, as the gate's verdict then says.
    return undefined
  }
}
