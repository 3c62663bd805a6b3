/**
 * What a restored prior index recorded of the run that wrote it: its stats.json figures and its
 * weights (the manifest's model.dtype). Read for comparison only, so that a full reindex, which
 * reuses no vectors, is compared like an incremental run. The folder comes from a cache: a prior
 * whose index is refused (readVerifiedIndex, as for reuse) gives nothing at all, since stats.json
 * is covered by no checksum; its figures must also each be a number the run could have measured.
 * Anything missing, refused or malformed means no figures, never an error.
 */
import { readStats, readVerifiedIndex } from '../artifact/index.js'
import type { PriorFigures } from './gate.js'
import { parseRunStats } from './stats.js'

export async function readPriorFigures(dir: string): Promise<PriorFigures | undefined> {
  try {
    const { manifest } = await readVerifiedIndex(dir)
    const stats = parseRunStats(await readStats(dir))
    return stats && { stats, dtype: manifest.model.dtype }
  } catch {
    // Refused, unreadable or not JSON: a prior without figures, as the gate's verdict then says.
    return undefined
  }
}
