/** Search over an index: semantic, keyword and hybrid ranking, with snippets from the tree. */
export { indexInfo } from './index-info.js'
export { EmbedderPool } from './query-embedder.js'
export { ServedIndexes } from './served-indexes.js'
export type { IndexToServe } from './served-indexes.js'
export { SearchSession } from './session.js'
export type { SearchHit } from './session.js'
export { MAX_LINES } from './text-source.js'
