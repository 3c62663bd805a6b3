/**
 * Synthetic vectors that cluster as an embedding model's output does: unit vectors around
 * CENTRES seeded centres (each coordinate of a centre and of a row's offset from it standard
 * normal), made a batch of rows at a time so that an index too large for memory can be written
 * as they come. The same seed gives the same rows however they are batched.
 */
import { seededRandom } from '../tools/fixture-model/random.js'

const CENTRES = 1000

export class ClusteredVectors {
  private readonly random: () => number
  private readonly centres: Float32Array

  constructor(
    readonly dimension: number,
    seed: number
  ) {
    this.random = seededRandom(seed)
    this.centres = Float32Array.from({ length: CENTRES * dimension }, () => this.gaussian())
  }

  /** The next `rows` rows. */
  next(rows: number): Float32Array {
    const { dimension } = this
    const vectors = new Float32Array(rows * dimension)
    for (let r = 0; r < rows; r++) {
      const centre = Math.floor(this.random() * CENTRES) * dimension
      for (let d = 0; d < dimension; d++) {
        vectors[r * dimension + d] = this.centres[centre + d] + this.gaussian()
      }
    }
    unitRows(vectors, dimension)
    return vectors
  }

  private gaussian(): number {
    return Math.sqrt(-2 * Math.log(1 - this.random())) * Math.cos(2 * Math.PI * this.random())
  }
}

/** Scales each row of `vectors` to length 1, in place. */
export function unitRows(vectors: Float32Array, dimension: number): void {
  for (let start = 0; start < vectors.length; start += dimension) {
    const row = vectors.subarray(start, start + dimension)
    let norm = 0
    for (let d = 0; d < dimension; d++) norm += row[d] * row[d]
    const scale = 1 / Math.sqrt(norm)
    for (let d = 0; d < dimension; d++) row[d] *= scale
  }
}
