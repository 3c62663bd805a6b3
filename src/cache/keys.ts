import type { Dtype } from '../embed/model-source.js'
import type { Shard } from '../scan/shard.js'
import type { Chunking } from '../artifact/format.js'
import { sha256Hex } from '../util/digest.js'

/** @actions/cache rejects longer keys. */
const MAX_KEY_LENGTH = 512
/** Hex digits of the settings hash in index keys: 64 bits, enough to tell settings apart. */
const SETTINGS_HASH_LENGTH = 16

export interface ModelIdentity {
  id: string
  revision: string
  dtype: Dtype
}

export interface IndexKeySettings {
  model: ModelIdentity
  chunking: Chunking
  /** null for an index of the whole tree, as in the manifest. */
  shard: Shard | null
  /** The commit being indexed. */
  sha: string
}

export interface IndexCacheKeys {
  key: string
  /** Prefixes that fall back to the newest index built with the same settings and shard. */
  restoreKeys: string[]
}

/** Key of the downloaded model folder, e.g. `embed-index-model-linux-Xenova/all-MiniLM-L6-v2-main-q8`. */
export function modelCacheKey(prefix: string, model: ModelIdentity): string {
  const head = `${prefix}-model-${process.platform}`
  const tail = `${model.id}-${model.revision}-${model.dtype}`
  const key = `${head}-${tail}`
  // Ids and revisions are unbounded in length; a hash keeps an overlong key distinct and short.
  return sanitise(key.length <= MAX_KEY_LENGTH ? key : `${head}-${sha256(tail)}`)
}

/**
 * Keys of a previous run's index: the exact key is this commit's; the restore key finds the newest
 * index of another commit built with the same model, chunking and shard, whose vectors an
 * incremental run can reuse.
 */
export function indexCacheKeys(prefix: string, settings: IndexKeySettings): IndexCacheKeys {
  const { model, chunking, shard } = settings
  const settingsHash = sha256(
    JSON.stringify([
      model.id,
      model.revision,
      model.dtype,
      chunking.chunker,
      chunking.max_tokens,
      shard?.index ?? null,
      shard?.count ?? null
    ])
  ).slice(0, SETTINGS_HASH_LENGTH)
  const restoreKey = sanitise(`${prefix}-index-${settingsHash}-`)
  return { key: sanitise(`${restoreKey}${settings.sha}`), restoreKeys: [restoreKey] }
}

/** Keys may not hold commas (the cache API separates keys with them): keep to a plain set. */
function sanitise(key: string): string {
  return key.replace(/[^\w.\-/]/g, '_')
}

function sha256(text: string): string {
  return sha256Hex(text)
}
