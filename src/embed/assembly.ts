import type { EmbedItem, PlannedBatch } from './batch-plan.js'

export interface WorkerStats {
  /** 1..N for forked workers (a replacement keeps its predecessor's number); 0 = in-process. */
  worker: number
  items: number
  tokens: number
  busySeconds: number
}

/**
 * Puts each batch's vectors into their items' rows, counts what each worker did, and checks at
 * the end that no row was left empty.
 */
export class VectorAssembly {
  readonly vectors: Float32Array
  private readonly filled: Uint8Array
  private readonly stats = new Map<number, WorkerStats>()
  private doneItems = 0

  constructor(
    private readonly items: readonly EmbedItem[],
    private readonly plan: readonly PlannedBatch[],
    private readonly dimension: number,
    private readonly onProgress?: (doneItems: number, totalItems: number) => void
  ) {
    this.vectors = new Float32Array(items.length * dimension)
    this.filled = new Uint8Array(items.length)
  }

  /** Stores one batch's vectors, batch-size × dimension in the batch's item order. */
  fill(batch: number, vectors: Float32Array, worker: number, busySeconds: number): void {
    const { items } = this.plan[batch]
    if (vectors.length !== items.length * this.dimension) {
      throw new Error(
        `batch ${batch} came back with ${vectors.length} values, expected ${items.length}×${this.dimension}`
      )
    }
    items.forEach((item, row) => {
      this.vectors.set(
        vectors.subarray(row * this.dimension, (row + 1) * this.dimension),
        item * this.dimension
      )
      if (!this.filled[item]) this.doneItems++
      this.filled[item] = 1
    })
    const stats = this.statsOf(worker)
    stats.items += items.length
    stats.tokens += items.reduce((sum, item) => sum + this.items[item].tokens, 0)
    stats.busySeconds += busySeconds
    this.onProgress?.(this.doneItems, this.items.length)
  }

  /** Registers a worker that ran, so it is listed even if it finished no batch. */
  statsOf(worker: number): WorkerStats {
    let stats = this.stats.get(worker)
    if (!stats) {
      stats = { worker, items: 0, tokens: 0, busySeconds: 0 }
      this.stats.set(worker, stats)
    }
    return stats
  }

  perWorker(): WorkerStats[] {
    return [...this.stats.values()].sort((a, b) => a.worker - b.worker)
  }

  /** Throws naming the first missing items, should any row be empty. */
  verifyComplete(): void {
    const missing: string[] = []
    this.filled.forEach((isFilled, item) => {
      if (!isFilled) missing.push(`#${item} (${this.items[item].label})`)
    })
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} chunk(s) got no vector: ${missing.slice(0, 10).join(', ')}`
      )
    }
  }
}
