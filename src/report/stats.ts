/**
 * The figures of one indexing run. STATS_FIELDS declares each figure once: its stats.json key,
 * its label in the job summary, whether PR checks compare it with the previous run, and the action
 * output that carries it (if any). The stats type, the summary, the action's outputs and the
 * check of a prior run's stats.json are all derived from it.
 */
interface StatsField {
  key: string
  /** Row label in the job summary. */
  label: string
  /** Compared with the previous index's figure in the job summary. */
  compared?: true
  /** The action output that carries it, with that output's description (action.yml has it too). */
  output?: { name: string; description: string }
}

export const STATS_FIELDS = [
  {
    key: 'files_total',
    label: 'files indexed',
    output: { name: 'files-total', description: 'Files in the index.' }
  },
  {
    key: 'files_embedded',
    label: 'files embedded',
    output: {
      name: 'files-embedded',
      description: 'Files with at least one chunk embedded in this run.'
    }
  },
  {
    key: 'files_reused',
    label: 'files reused',
    output: {
      name: 'files-reused',
      description: 'Files whose vectors all came from the prior index.'
    }
  },
  {
    key: 'files_skipped',
    label: 'files skipped',
    output: {
      name: 'files-skipped',
      description:
        'Files skipped (binary, too large, empty, unreadable, vanished, secret, symlink, unsafe name).'
    }
  },
  {
    key: 'chunks_total',
    label: 'chunks',
    output: { name: 'chunks', description: 'Chunks (vector rows) in the index.' }
  },
  { key: 'chunks_embedded', label: 'chunks embedded' },
  { key: 'chunks_reused', label: 'chunks reused' },
  { key: 'tokens_embedded', label: 'tokens embedded' },
  {
    key: 'workers',
    label: 'workers',
    output: {
      name: 'workers',
      description: 'Embedding worker processes used (0: in-process or nothing to embed).'
    }
  },
  { key: 'threads_per_worker', label: 'threads per worker' },
  { key: 'model_load_seconds', label: 'model load seconds' },
  { key: 'embed_seconds', label: 'embed seconds' },
  {
    key: 'files_per_second',
    label: 'files/sec',
    compared: true,
    output: {
      name: 'files-per-second',
      description: 'files-total / wall seconds of the whole step.'
    }
  },
  { key: 'embedded_files_per_second', label: 'embedded files/sec', compared: true },
  {
    key: 'chunks_per_second',
    label: 'chunks/sec',
    compared: true,
    output: { name: 'chunks-per-second', description: 'Chunks embedded per second of embedding.' }
  },
  {
    key: 'tokens_per_second',
    label: 'tokens/sec',
    compared: true,
    output: { name: 'tokens-per-second', description: 'Tokens embedded per second of embedding.' }
  },
  { key: 'wall_seconds', label: 'wall seconds', compared: true }
] as const satisfies readonly StatsField[]

type StatsKey = (typeof STATS_FIELDS)[number]['key']

interface WorkerFigures {
  worker: number
  chunks: number
  tokens: number
  busy_seconds: number
}

/** stats.json: every declared figure, plus per-worker figures, skips by reason and files by chunker. */
export type RunStats = Record<StatsKey, number> & {
  per_worker: WorkerFigures[]
  skipped_by_reason: Record<string, number>
  /** Files chunked in this run (not reused whole from the prior index), by how they were cut. */
  files_by_chunker: Record<string, number>
}

/** What a run counts and times; the rest of RunStats is derived from it. */
type RunCounts = Omit<
  RunStats,
  | 'files_reused'
  | 'chunks_reused'
  | 'files_per_second'
  | 'embedded_files_per_second'
  | 'chunks_per_second'
  | 'tokens_per_second'
>

/** A rate that is 0 rather than Infinity/NaN when nothing was timed. */
function rate(count: number, seconds: number): number {
  return seconds > 0 ? round(count / seconds) : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}

export function computeStats(counts: RunCounts): RunStats {
  return {
    ...counts,
    files_reused: counts.files_total - counts.files_embedded,
    chunks_reused: counts.chunks_total - counts.chunks_embedded,
    wall_seconds: round(counts.wall_seconds),
    model_load_seconds: round(counts.model_load_seconds),
    embed_seconds: round(counts.embed_seconds),
    files_per_second: rate(counts.files_total, counts.wall_seconds),
    embedded_files_per_second: rate(counts.files_embedded, counts.embed_seconds),
    chunks_per_second: rate(counts.chunks_embedded, counts.embed_seconds),
    tokens_per_second: rate(counts.tokens_embedded, counts.embed_seconds),
    per_worker: counts.per_worker.map(w => ({ ...w, busy_seconds: round(w.busy_seconds) }))
  }
}

/**
 * The figures of a prior run, as read back from a stats.json that may come from a cache: kept
 * only if every declared figure is a finite number, not negative (the summary compares some, the
 * throughput gate reads others).
 */
export function parseRunStats(value: unknown): RunStats | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  // Counts, durations and rates: finite, never negative.
  const measured = (key: string) => {
    const value = record[key]
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
  }
  return STATS_FIELDS.every(field => measured(field.key)) ? (record as RunStats) : undefined
}
