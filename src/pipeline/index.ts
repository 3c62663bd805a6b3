/** One indexing run: scan, plan against the prior index, embed, write. */
export { buildIndex } from './build-index.js'
