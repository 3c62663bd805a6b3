import { matmul, Tensor } from '@huggingface/transformers'
import type { HnswIndex } from '../ann/index.js'
import type { Log } from '../core/index.js'
import { graphInThread, type GraphThread } from './graph-thread.js'
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
  /** Set once the graph thread has made sure of a graph bound to these vectors. */
  private graph: HnswIndex | undefined
  private readonly thread: GraphThread | undefined

  /** Settles when searches ask the graph (true) or will go on scanning (false). */
  readonly graphReady: Promise<boolean>

  /**
   * Scores `vectors` by exact scan. Given `kept` (the served index's folder and the digest of
   * its vectors), and from `annMinRows` rows (ANN_MIN_ROWS but in tests), a graph is checked or
   * built in a thread of its own (./graph-thread.ts) and asked instead once it is ready: a server
   * keeps one; a one-shot `query`, which would wait minutes for a graph to save a second, and a
   * state of the working tree, whose vectors are not the ones on disk, scan.
   */
  constructor(
    vectors: Float32Array,
    readonly dimension: number,
    kept?: { dir: string; vectorsDigest: string; log: Log },
    annMinRows = ANN_MIN_ROWS
  ) {
    const rows = vectors.length / dimension
    this.matrix = rows > 0 ? new Tensor('float32', vectors, [rows, dimension]) : undefined
    if (kept !== undefined && rows >= annMinRows) {
      const { dir, vectorsDigest, log } = kept
      this.thread = graphInThread(dir, { vectors: vectorsDigest, rows, dimension }, log)
      this.graphReady = this.thread.graph.then(graph => (this.graph = graph) !== undefined)
    } else {
      this.graphReady = Promise.resolve(false)
    }
  }

  /** Whether searches ask the graph now. */
  get approximate(): boolean {
    return this.graph !== undefined
  }

  /** Stops a graph thread still at work. */
  async close(): Promise<void> {
    await this.thread?.stop()
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
