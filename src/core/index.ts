/** The vocabulary every layer shares; it imports nothing from the other folders. */
export type { Log } from './log.js'
export type { Dtype, ModelConfig } from './model.js'
export { comparePaths, pathProblem, skippedPathProblem } from './paths.js'
export type { ScannedFile, SkipReason, SkippedFile } from './scanned-file.js'
export { DEFAULT_SEARCH_MODE, SEARCH_MODES } from './search-modes.js'
export type { SearchMode } from './search-modes.js'
export { inShard, parseShard } from './shard.js'
export type { Shard } from './shard.js'
