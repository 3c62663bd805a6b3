/** The figures of one indexing run: the stats JSON, action outputs and the job summary. */
export interface RunStats {
  files_total: number
  files_embedded: number
  files_reused: number
  files_skipped: number
  chunks_total: number
  chunks_embedded: number
  chunks_reused: number
  tokens_embedded: number
  workers: number
  threads_per_worker: number
  wall_seconds: number
  model_load_seconds: number
  embed_seconds: number
  /** files_total / wall_seconds: what a PR check gates on. */
  files_per_second: number
  /** files_embedded / embed_seconds: the engine's rate on the files it had to embed. */
  embedded_files_per_second: number
  /** chunks_embedded / embed_seconds. */
  chunks_per_second: number
  /** tokens_embedded / embed_seconds. */
  tokens_per_second: number
  per_worker: { worker: number; chunks: number; tokens: number; busy_seconds: number }[]
  skipped_by_reason: Record<string, number>
}

export interface StatsInput {
  filesTotal: number
  filesEmbedded: number
  filesSkipped: number
  chunksTotal: number
  chunksEmbedded: number
  tokensEmbedded: number
  workers: number
  threadsPerWorker: number
  wallSeconds: number
  modelLoadSeconds: number
  embedSeconds: number
  perWorker: { worker: number; items: number; tokens: number; busySeconds: number }[]
  skippedByReason: Record<string, number>
}

/** A rate that is 0 rather than Infinity/NaN when nothing was timed. */
function rate(count: number, seconds: number): number {
  return seconds > 0 ? round(count / seconds) : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

export function computeStats(s: StatsInput): RunStats {
  return {
    files_total: s.filesTotal,
    files_embedded: s.filesEmbedded,
    files_reused: s.filesTotal - s.filesEmbedded,
    files_skipped: s.filesSkipped,
    chunks_total: s.chunksTotal,
    chunks_embedded: s.chunksEmbedded,
    chunks_reused: s.chunksTotal - s.chunksEmbedded,
    tokens_embedded: s.tokensEmbedded,
    workers: s.workers,
    threads_per_worker: s.threadsPerWorker,
    wall_seconds: round(s.wallSeconds),
    model_load_seconds: round(s.modelLoadSeconds),
    embed_seconds: round(s.embedSeconds),
    files_per_second: rate(s.filesTotal, s.wallSeconds),
    embedded_files_per_second: rate(s.filesEmbedded, s.embedSeconds),
    chunks_per_second: rate(s.chunksEmbedded, s.embedSeconds),
    tokens_per_second: rate(s.tokensEmbedded, s.embedSeconds),
    per_worker: s.perWorker.map(w => ({
      worker: w.worker,
      chunks: w.items,
      tokens: w.tokens,
      busy_seconds: round(w.busySeconds)
    })),
    skipped_by_reason: s.skippedByReason
  }
}

/**
 * The figures of a prior run, as read back from a stats.json that may come from a cache:
 * kept only if every figure the summary compares is a finite number.
 */
export function parseRunStats(value: unknown): RunStats | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  const figures = [
    'files_total',
    'files_per_second',
    'embedded_files_per_second',
    'chunks_per_second',
    'tokens_per_second',
    'wall_seconds'
  ]
  if (!figures.every(key => typeof record[key] === 'number' && Number.isFinite(record[key]))) {
    return undefined
  }
  return record as unknown as RunStats
}
