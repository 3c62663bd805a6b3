/** Approximate nearest-neighbour search over an index's rows, and compact forms of its vectors. */
export { ANN_DIR, HnswIndex } from './hnsw.js'
export type { GraphBound, Neighbour } from './hnsw.js'
export { dequantizeInt8, fromFloat16, quantizeInt8, toFloat16 } from './compact-vectors.js'
export type { Int8Rows } from './compact-vectors.js'
