import { matmul, Tensor } from '@huggingface/transformers'
import { HnswIndex } from '../ann/index.js'
import type { Log } from '../core/index.js'
import { rankSemantic, type Accept } from './ranking.js'
import type { Ranked } from './top-k.js'

/**
 * From this many rows on, semantic search asks an HNSW graph (../ann/) instead of scanning every
 * row. Below it the exact scan is both exact and cheap (about 10 ms at 100,000 rows on the
 * development machine, growing linearly: 108 ms at 1,000,000), and building a graph would cost
 * more start-up than it saves; above it the scan alone would pass the 100 ms a query may take.
 */
export const ANN_MIN_ROWS = 500_000

/**
 * How many more candidates than asked for the graph gives when a path filter may drop some; when
 * the filter leaves fewer than asked for, the exact scan answers instead.
 */
const FILTER_OVERSAMPLE = 4

/**
 * The cosine similarity of a query with the rows of the index: a dot product, as rows and query
 * are unit vectors. ONNX Runtime's matrix product does the exact scan about four times faster than
 * a JavaScript loop (10 ms against 45 ms at 100,000 × 384 on the development machine), reading the
 * vectors where they lie (the tensor wraps the index's Float32Array, no copy).
 */
export class VectorScorer {
  private readonly matrix: Tensor | undefined

  private constructor(
    vectors: Float32Array,
    readonly dimension: number,
    /** Undefined below the row threshold. */
    private readonly graph: HnswIndex | undefined
  ) {
    const rows = vectors.length / dimension
    this.matrix = rows > 0 ? new Tensor('float32', vectors, [rows, dimension]) : undefined
  }

  /**
   * The scorer of the index in `dir`; `vectorsDigest` binds a kept graph to these vectors.
   * `annMinRows` is ANN_MIN_ROWS but in tests, and Infinity
   * for vectors that are not the index's on disk (the graph kept there is bound to those).
   */
  static async open(
    dir: string,
    vectors: Float32Array,
    dimension: number,
    vectorsDigest: string,
    log: Log,
    annMinRows = ANN_MIN_ROWS
  ): Promise<VectorScorer> {
    const rows = vectors.length / dimension
    const graph =
      rows >= annMinRows
        ? await HnswIndex.open(dir, vectors, dimension, vectorsDigest, log)
        : undefined
    return new VectorScorer(vectors, dimension, graph)
  }

  /** Whether searches ask the graph (the index has ANN_MIN_ROWS rows or more). */
  get approximate(): boolean {
    return this.graph !== undefined
  }

  /** The `top` accepted rows most similar to `query`, best first. */
  async nearest(query: Float32Array, top: number, accept: Accept): Promise<Ranked[]> {
    this.checkDimension(query)
    if (this.graph !== undefined && top > 0) {
      const found = this.graph.nearest(query, top * FILTER_OVERSAMPLE)
      const kept = found.filter(({ row }) => accept(row)).slice(0, top)
      if (kept.length === top) return kept
    }
    return rankSemantic(await this.scores(query), top, accept)
  }

  /** Score by row, every row (the exact scan). */
  async scores(query: Float32Array): Promise<Float32Array> {
    this.checkDimension(query)
    if (this.matrix === undefined) return new Float32Array(0)
    const product = await matmul(this.matrix, new Tensor('float32', query, [this.dimension, 1]))
    return product.data as Float32Array
  }

  private checkDimension(query: Float32Array): void {
    if (query.length !== this.dimension) {
      throw new RangeError(
        `query vector has ${query.length} values, the index has dimension ${this.dimension}`
      )
    }
  }
}
