import * as cache from '@actions/cache'
import { errorMessage } from '../util/index.js'

/**
 * Upper bound on one restore or save. @actions/cache does not bound a stalled cache service
 * itself: each Twirp call waits up to 3 minutes per attempt, over 5 attempts. A few minutes is
 * generous for the model folder or an index of a few hundred MB. A call that runs over is
 * abandoned, not cancelled (the client takes no abort signal): it keeps running in the
 * background, so the process must exit explicitly once its work is done.
 */
export const CACHE_CALL_TIMEOUT_MS = 5 * 60_000

const TIMED_OUT = Symbol('timed out')

interface CacheLog {
  warning(message: string): void
}

interface RestoreResult {
  /** Whether anything was restored, through the key or a restore key. */
  hit: boolean
  /** The key of the entry restored; equal to the key asked for on an exact hit. */
  matchedKey?: string
}

/** Whether the runner gave this process a cache service (JavaScript actions get one). */
export function isCacheAvailable(): boolean {
  return cache.isFeatureAvailable()
}

/**
 * Restores the entry of `key`, else the newest entry matching a restore key, into `paths` (the
 * same path strings the entry was saved with: they are part of its version). Never throws: cache
 * trouble is a miss, reported by @actions/cache or, for what it does not report, through `log`.
 */
export async function restoreDir(
  paths: string[],
  key: string,
  restoreKeys: string[],
  log: CacheLog
): Promise<RestoreResult> {
  const matchedKey = await bounded(`restore of ${key}`, log, () =>
    cache.restoreCache(paths, key, restoreKeys)
  )
  return matchedKey === undefined ? { hit: false } : { hit: true, matchedKey }
}

/**
 * Saves `paths` under `key`; true when the entry was stored. Never throws. An existing entry of
 * the key gives false, like any other failure to reserve it: @actions/cache logs those as info,
 * other failures as warnings.
 */
export async function saveDir(paths: string[], key: string, log: CacheLog): Promise<boolean> {
  const cacheId = await bounded(`save of ${key}`, log, () => cache.saveCache(paths, key))
  return cacheId !== undefined && cacheId !== -1
}

async function bounded<T>(
  what: string,
  log: CacheLog,
  call: () => Promise<T>
): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), CACHE_CALL_TIMEOUT_MS)
  })
  try {
    const result = await Promise.race([call(), timedOut])
    if (result !== TIMED_OUT) return result
    log.warning(
      `Cache ${what} gave up after ${CACHE_CALL_TIMEOUT_MS / 1000} s; going on without it`
    )
  } catch (error) {
    // Most trouble is caught and logged inside @actions/cache; what escapes (a missing runtime
    // token, paths to save that do not exist, an invalid key) is no reason to fail either.
    log.warning(`Cache ${what} failed: ${errorMessage(error)}`)
  } finally {
    clearTimeout(timer)
  }
  return undefined
}
