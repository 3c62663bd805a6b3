/**
 * The one definition of which indexes may share vectors. A vector means something only for the
 * model files, weights dtype and recipe that made it; an index's rows for a file are what this run
 * would write only under the same chunking too. The prior-index check, merge, the cache keys and
 * query all use these lists, so adding a setting here adds it everywhere.
 */
import { quoted } from '../util/index.js'
import type { Chunking, IndexModel } from './format.js'

/** What an index records about how its vectors and rows were made (a manifest's fields). */
export interface IndexSettings {
  /** dimension may be unknown before the model is loaded; it is then not compared. */
  model: Omit<IndexModel, 'dimension'> & { dimension?: number }
  recipe: string
  chunking: Chunking
}

type Setting = [name: string, value: (settings: IndexSettings) => unknown]

/**
 * What a manifest written before model digests were recorded says of a model with no commit (a
 * local folder, or a revision the hub did not pin): nothing that tells its files apart, so it
 * matches no model, not even another such manifest's.
 */
const UNKNOWN_FILES = 'unknown files (no commit, and no sha256: made by an older embed-index)'

/** Which model files: the hub commit, else the digest of the files (../embed/model-digest.ts). */
function modelFiles(settings: IndexSettings): string {
  const { commit, sha256 } = settings.model
  return commit ?? (sha256 !== undefined ? `sha256 ${sha256}` : UNKNOWN_FILES)
}

/** The settings that decide what a vector means. */
const VECTOR_SETTINGS: readonly Setting[] = [
  ['model.id', s => s.model.id],
  ['model files', modelFiles],
  ['model.dtype', s => s.model.dtype],
  ['model.dimension', s => s.model.dimension],
  ['recipe', s => s.recipe]
]

/** Those, and the settings that decide which rows a file becomes. */
const ROW_SETTINGS: readonly Setting[] = [
  ...VECTOR_SETTINGS,
  ['chunking.chunker', s => s.chunking.chunker],
  ['chunking.max_tokens', s => s.chunking.max_tokens]
]

function firstDifference(
  settings: readonly Setting[],
  ours: IndexSettings,
  theirs: IndexSettings
): string | null {
  for (const [name, value] of settings) {
    const [a, b] = [value(ours), value(theirs)]
    if (a === undefined || b === undefined) continue
    if (a !== b || a === UNKNOWN_FILES) return `${name} ${quoted(b)}, not ${quoted(a)}`
  }
  return null
}

/** Why `theirs` holds vectors of another space than `ours` (one line), or null when they agree. */
export function vectorsDiffer(ours: IndexSettings, theirs: IndexSettings): string | null {
  return firstDifference(VECTOR_SETTINGS, ours, theirs)
}

/** Why `theirs` would not give this run's rows and vectors for the same file, or null. */
export function rowsDiffer(ours: IndexSettings, theirs: IndexSettings): string | null {
  return firstDifference(ROW_SETTINGS, ours, theirs)
}

/** The row settings as one string (for cache keys): equal exactly when rowsDiffer finds nothing. */
export function rowSettingsKey(settings: IndexSettings): string {
  return JSON.stringify(
    ROW_SETTINGS.filter(([name]) => name !== 'model.dimension').map(([, value]) => value(settings))
  )
}
