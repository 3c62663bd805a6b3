/** The index on disk (format embed-index/2): read, checked, written, merged. */
export { rowSettingsKey, vectorsDiffer } from './compat.js'
export type { IndexSettings } from './compat.js'
export {
  CHUNKS_FILE,
  FORMAT_VERSION,
  MANIFEST_FILE,
  STATS_FILE,
  TOOL_NAME,
  VECTORS_FILE
} from './format.js'
export type {
  ChunkRow,
  FileEntry,
  IndexData,
  IndexModel,
  LoadedIndex,
  Manifest,
  RowDefinition,
  RowSymbol
} from './format.js'
export { expandMergeInputs, mergeIndexes } from './merge.js'
export { loadPriorIndex, priorFromIndex } from './prior.js'
export type { PriorIndex } from './prior.js'
export { runSettings } from './run-settings.js'
export { readStats } from './stats-file.js'
export { readVerifiedIndex, verifyIndex } from './verify.js'
export { checkIndexFolder, writeIndex } from './write.js'
