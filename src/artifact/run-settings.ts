import type { IndexSettings } from '../artifact/compat.js'
import type { Chunking } from '../artifact/format.js'
import { EMBEDDING_RECIPE } from '../embed/index.js'
import type { PinnedModel } from '../embed/index.js'

/** What this run's index will record about how its rows and vectors are made. */
export function runSettings(
  chunking: Chunking,
  model: Pick<PinnedModel, 'id' | 'revision' | 'commit' | 'sha256' | 'dtype'>,
  dimension?: number
): IndexSettings {
  const { id, revision, commit, sha256, dtype } = model
  return {
    model: { id, revision, commit, ...(sha256 !== undefined ? { sha256 } : {}), dtype, dimension },
    recipe: EMBEDDING_RECIPE,
    chunking
  }
}
