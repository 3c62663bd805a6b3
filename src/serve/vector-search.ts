import type { IndexData } from '../artifact/format.js'

export interface SearchHit {
  row: number
  score: number
}

/**
 * The topK rows with the highest dot product with `queryVector` (cosine similarity, as rows and
 * query are unit vectors), best first; equal scores keep row order.
 */
export function searchVectors(
  index: Pick<IndexData, 'manifest' | 'vectors'>,
  queryVector: Float32Array,
  topK: number
): SearchHit[] {
  const dimension = index.manifest.model.dimension
  if (queryVector.length !== dimension) {
    throw new RangeError(
      `query vector has ${queryVector.length} values, the index has dimension ${dimension}`
    )
  }
  if (!Number.isInteger(topK) || topK < 0)
    throw new RangeError(`topK must be an integer >= 0, got ${topK}`)
  const { vectors } = index
  const hits: SearchHit[] = [] // best first, at most topK
  if (topK === 0) return hits
  for (let row = 0, offset = 0; offset < vectors.length; row++, offset += dimension) {
    let score = 0
    for (let i = 0; i < dimension; i++) score += vectors[offset + i] * queryVector[i]
    if (hits.length === topK && !(score > hits[topK - 1].score)) continue
    // After every hit scoring at least as high: earlier rows win ties.
    let low = 0
    let high = hits.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (hits[mid].score >= score) low = mid + 1
      else high = mid
    }
    hits.splice(low, 0, { row, score })
    if (hits.length > topK) hits.pop()
  }
  return hits
}
