/**
 * From per-run samples to the figures the bench reports: every figure is the median over runs,
 * and every ratio is taken within a run (both sides measured under the same conditions) before
 * its median is taken.
 */
import type { TreeMemory } from './proc-tree.js'

const MB = 1e6

/** One row (naive, a ceiling split, an embed-index variant) measured in one run. */
export interface Sample {
  /** The whole process tree, start-up and model load included. */
  wallSeconds: number
  files: number
  chunksEmbedded: number
  tokensEmbedded: number
  /** Embedding alone (model load excluded); 0 when nothing was embedded. */
  embedSeconds: number
  workers: number
  /** Intra-op threads per worker; 0 where the library's default was left alone (naive). */
  threads: number
  /** Largest sum of RSS over the process tree, in MB (10^6 bytes). */
  peakTreeMB: number
  /** Peak RSS of each worker process, in MB; the root process itself when it forked none. */
  workerPeaksMB: number[]
  /** embed-index only: files/s as its own stats give it (its wall time, process start-up excluded). */
  statsFilesPerSecond?: number
}

export interface Figures {
  wallSeconds: number
  filesPerSecond: number
  chunksEmbedded: number
  /** Chunks embedded ÷ embedding seconds; 0 when nothing was embedded. */
  chunksPerSecond: number
  tokensPerSecond: number
  peakTreeMB: number
  maxWorkerMB: number
}

export interface RowResult {
  key: string
  label: string
  samples: Sample[]
  median: Figures
  /** files/s ÷ naive's files/s, per run, median. */
  vsNaive?: number
  /** chunks/s ÷ the ceiling's chunks/s, per run, median. */
  vsCeiling?: number
  /**
   * GFLOP/s of the model's weight products (tokens/s × FLOP per token) ÷ the machine's limit for
   * the row's kernel measured in the same run (./limits.ts), per run, median.
   */
  shareOfLimit?: number
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const perSecond = (count: number, seconds: number): number => (seconds > 0 ? count / seconds : 0)

export function figures(sample: Sample): Figures {
  return {
    wallSeconds: sample.wallSeconds,
    filesPerSecond: perSecond(sample.files, sample.wallSeconds),
    chunksEmbedded: sample.chunksEmbedded,
    chunksPerSecond: perSecond(sample.chunksEmbedded, sample.embedSeconds),
    tokensPerSecond: perSecond(sample.tokensEmbedded, sample.embedSeconds),
    peakTreeMB: sample.peakTreeMB,
    maxWorkerMB: Math.max(...sample.workerPeaksMB)
  }
}

export function medianFigures(samples: readonly Sample[]): Figures {
  const all = samples.map(figures)
  const pick = (key: keyof Figures): number => median(all.map(f => f[key]))
  return {
    wallSeconds: pick('wallSeconds'),
    filesPerSecond: pick('filesPerSecond'),
    chunksEmbedded: pick('chunksEmbedded'),
    chunksPerSecond: pick('chunksPerSecond'),
    tokensPerSecond: pick('tokensPerSecond'),
    peakTreeMB: pick('peakTreeMB'),
    maxWorkerMB: pick('maxWorkerMB')
  }
}

/** Median over runs of figure(a) ÷ figure(b), a and b sampled in the same runs. */
export function medianRatio(
  a: readonly Sample[],
  b: readonly Sample[],
  figure: (f: Figures) => number
): number {
  if (a.length !== b.length) throw new Error('ratio of rows sampled in different runs')
  return median(a.map((sample, run) => figure(figures(sample)) / figure(figures(b[run]))))
}

/**
 * The ceiling of each run: per run, the best chunks/s among the process × thread splits, as a
 * sample of its own so that ratios to it are taken run by run.
 */
export function bestPerRun(splits: readonly (readonly Sample[])[]): Sample[] {
  return splits[0].map((_, run) =>
    splits
      .map(samples => samples[run])
      .reduce((best, s) => (figures(s).chunksPerSecond > figures(best).chunksPerSecond ? s : best))
  )
}

/** Per-worker peaks from a sampled tree: the root's descendants that run the root's program. */
export function workerPeaksMB(memory: TreeMemory): number[] {
  const [root, ...rest] = memory.processes
  const workers = rest.filter(p => p.comm === root.comm)
  return (workers.length > 0 ? workers : [root]).map(p => p.peakRssBytes / MB)
}

/** Each worker's peak RSS (workers in start order), median over the runs that had it. */
export function medianWorkerPeaksMB(samples: readonly Sample[]): number[] {
  const most = Math.max(...samples.map(s => s.workerPeaksMB.length))
  return Array.from({ length: most }, (_, i) =>
    median(samples.filter(s => i < s.workerPeaksMB.length).map(s => s.workerPeaksMB[i]))
  )
}

export const bytesToMB = (bytes: number): number => bytes / MB

/** The limit a row's share is taken of: per run, in GFLOP/s, and the model's FLOP per token. */
export interface LimitBaseline {
  gflopsPerRun: readonly number[]
  flopsPerToken: number
}

export function summarizeRow(
  key: string,
  label: string,
  samples: Sample[],
  baselines: { naive?: Sample[]; ceiling?: Sample[]; limit?: LimitBaseline }
): RowResult {
  const row: RowResult = { key, label, samples, median: medianFigures(samples) }
  const { limit } = baselines
  if (limit && samples.some(s => s.chunksEmbedded > 0)) {
    row.shareOfLimit = median(
      samples.map(
        (s, run) =>
          (figures(s).tokensPerSecond * limit.flopsPerToken) / 1e9 / limit.gflopsPerRun[run]
      )
    )
  }
  if (baselines.naive) row.vsNaive = medianRatio(samples, baselines.naive, f => f.filesPerSecond)
  if (baselines.ceiling && samples.some(s => s.chunksEmbedded > 0)) {
    row.vsCeiling = medianRatio(samples, baselines.ceiling, f => f.chunksPerSecond)
  }
  return row
}
