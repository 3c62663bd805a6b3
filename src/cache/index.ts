/** The index carried between runs through the Actions cache. */
export { isCacheAvailable, restoreDir, saveDir } from './actions-cache.js'
export { cleanUpSupersededEntries } from './cleanup.js'
export { indexCacheKeys, modelCacheKey } from './keys.js'
