import { matmul, Tensor } from '@huggingface/transformers'

/**
 * The cosine similarity of a query with every row of the index: a dot product, as rows and
 * query are unit vectors. ONNX Runtime's matrix product does it about four times faster than a
 * JavaScript loop (10 ms against 45 ms at 100,000 × 384 on the development machine), reading the
 * vectors where they lie (the tensor wraps the index's Float32Array, no copy).
 */
export class VectorScorer {
  private readonly matrix: Tensor | undefined

  constructor(
    vectors: Float32Array,
    readonly dimension: number
  ) {
    const rows = vectors.length / dimension
    this.matrix = rows > 0 ? new Tensor('float32', vectors, [rows, dimension]) : undefined
  }

  /** Score by row. */
  async scores(query: Float32Array): Promise<Float32Array> {
    if (query.length !== this.dimension) {
      throw new RangeError(
        `query vector has ${query.length} values, the index has dimension ${this.dimension}`
      )
    }
    if (this.matrix === undefined) return new Float32Array(0)
    const product = await matmul(this.matrix, new Tensor('float32', query, [this.dimension, 1]))
    return product.data as Float32Array
  }
}
