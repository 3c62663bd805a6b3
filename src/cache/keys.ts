import { rowSettingsKey, type IndexSettings } from '../artifact/index.js'
import type { PinnedModel } from '../embed/index.js'
import type { Shard } from '../core/index.js'
import { sha256Hex } from '../util/index.js'

/** @actions/cache rejects longer keys. */
const MAX_KEY_LENGTH = 512
/** Hex digits of the settings hash in index keys: 64 bits, enough to tell settings apart. */
const SETTINGS_HASH_LENGTH = 16

export interface IndexKeySettings {
  settings: IndexSettings
  /** null for an index of the whole tree, as in the manifest. */
  shard: Shard | null
  /** The commit being indexed. */
  sha: string
}

interface IndexCacheKeys {
  key: string
  /** Prefixes that fall back to the newest index built with the same settings and shard. */
  restoreKeys: string[]
}

/**
 * Key of the downloaded model folder: id, the commit its files came from (the revision's name
 * when the hub did not say) and dtype, e.g. `embed-index-model-linux-Xenova/all-MiniLM-L6-v2-<commit>-q8`.
 */
export function modelCacheKey(
  prefix: string,
  model: Pick<PinnedModel, 'id' | 'revision' | 'commit' | 'dtype'>
): string {
  const head = `${prefix}-model-${process.platform}`
  const tail = `${model.id}-${model.commit ?? model.revision}-${model.dtype}`
  const key = `${head}-${tail}`
  // Ids and revisions are unbounded in length; a hash keeps an overlong key distinct and short.
  return sanitise(key.length <= MAX_KEY_LENGTH ? key : `${head}-${sha256Hex(tail)}`)
}

/**
 * Keys of a previous run's index: the exact key is this commit's; the restore key finds the newest
 * index of another commit made with the same row settings (../artifact/compat.ts) and shard,
 * whose vectors an incremental run can reuse.
 */
export function indexCacheKeys(
  prefix: string,
  { settings, shard, sha }: IndexKeySettings
): IndexCacheKeys {
  const settingsHash = sha256Hex(
    JSON.stringify([rowSettingsKey(settings), shard?.number ?? null, shard?.count ?? null])
  ).slice(0, SETTINGS_HASH_LENGTH)
  const restoreKey = sanitise(`${prefix}-index-${settingsHash}-`)
  return { key: sanitise(`${restoreKey}${sha}`), restoreKeys: [restoreKey] }
}

/** Keys may not hold commas (the cache API separates keys with them): keep to a plain set. */
function sanitise(key: string): string {
  return key.replace(/[^\w.\-/]/g, '_')
}
