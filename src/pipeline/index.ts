/** One indexing run: scan, plan against the prior index, embed, write. */
export { buildIndex } from './build-index.js'
export { baseIndex, indexTree } from './tree-index.js'
export type { BaseIndex, TreeIndex, TreeModel } from './tree-index.js'
export { sourceCommit } from './provenance.js'
