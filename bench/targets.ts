import type { CosineSummary } from './chunks.js'
import { median, medianRatio, type RowResult } from './summary.js'

export interface Target {
  label: string
  value: number
  /** How value is printed, e.g. '0.97 × ceiling'. */
  shown: string
  goal: number
  /** true: pass when value >= goal; false: pass when value <= goal. */
  atLeast: boolean
  pass: boolean
}

export function target(
  label: string,
  value: number,
  shown: string,
  goal: number,
  atLeast: boolean
): Target {
  return { label, value, shown, goal, atLeast, pass: atLeast ? value >= goal : value <= goal }
}

/** A target as the reports print it. */
function targetLine(t: Target): string {
  return `  ${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.shown}`
}

/** How every report ends: its targets (when it has any), then the bench's wall time. */
export function reportEnd(targets: readonly Target[], totalSeconds: number): string[] {
  return [
    ...(targets.length > 0 ? ['', 'targets:', ...targets.map(targetLine)] : []),
    '',
    `bench took ${totalSeconds.toFixed(0)} s`
  ]
}

/** The default bench's targets for a 2-core machine, from rows keyed as ./suite.ts keys them. */
export function evaluateTargets(
  rows: ReadonlyMap<string, RowResult>,
  cosine: CosineSummary
): Target[] {
  const row = (key: string): RowResult => {
    const found = rows.get(key)
    if (!found) throw new Error(`internal: no bench row ${key}`)
    return found
  }
  const cold = row('cold-fp32')
  const filesVsCold = (key: string): number =>
    medianRatio(row(key).samples, cold.samples, f => f.filesPerSecond)
  // The same ratio by embed-index's own files/s, which leaves out Node's start-up.
  const statsVsCold = (key: string): number =>
    median(
      row(key).samples.map(
        (s, run) => (s.statsFilesPerSecond ?? NaN) / (cold.samples[run].statsFilesPerSecond ?? NaN)
      )
    )
  const times = (v: number, of: string): string => `${v.toFixed(2)} × ${of}`
  const reuse = (key: string): string =>
    `${times(filesVsCold(key), 'cold')} (by embed-index's own files/s: ${times(statsVsCold(key), 'cold')})`
  const ceilingFp32 = cold.vsCeiling ?? NaN
  const ceilingQ8 = row('cold-q8').vsCeiling ?? NaN
  const unchanged = filesVsCold('unchanged')
  const changed = filesVsCold('changed-1pct')
  return [
    target(
      'cold fp32 chunks/s >= 0.95 × fp32 ceiling',
      ceilingFp32,
      times(ceilingFp32, 'ceiling'),
      0.95,
      true
    ),
    target(
      'cold q8 chunks/s >= 1.8 × fp32 ceiling',
      ceilingQ8,
      times(ceilingQ8, 'ceiling'),
      1.8,
      true
    ),
    target(
      'q8 vectors: cosine to fp32 >= 0.99 for every chunk',
      cosine.min,
      `min ${cosine.min.toFixed(5)}, mean ${cosine.mean.toFixed(5)} over ${cosine.rows} chunks ` +
        `(for scale: different chunks average ${cosine.unrelatedMean.toFixed(2)})`,
      0.99,
      true
    ),
    target('nothing changed files/s >= 50 × cold', unchanged, reuse('unchanged'), 50, true),
    target('1% changed files/s >= 15 × cold', changed, reuse('changed-1pct'), 15, true),
    target(
      'peak RSS per worker (fp32) <= 350 MB',
      cold.median.maxWorkerMB,
      `${cold.median.maxWorkerMB.toFixed(0)} MB`,
      350,
      false
    )
  ]
}

/** A q8 row and the same run with --no-fuse, for the graph rewrite's targets. */
export interface FusePair {
  fused: string
  unfused: string
  /** What the pair's model is, for the label. */
  layout: string
  /** Whether the two indexes' vectors.npy were the same bytes in every run. */
  sameVectors: boolean
}

/**
 * The speed targets against the machine's own kernel limits (./limits.ts), and the graph
 * rewrite's: faster than without it, and the very same vectors.
 */
export function limitTargets(
  rows: ReadonlyMap<string, RowResult>,
  pairs: readonly FusePair[]
): Target[] {
  const row = (key: string): RowResult => {
    const found = rows.get(key)
    if (!found) throw new Error(`internal: no bench row ${key}`)
    return found
  }
  const share = (key: string): number => row(key).shareOfLimit ?? NaN
  const ofLimit = (v: number, kernel: string): string => `${v.toFixed(2)} of the ${kernel} limit`
  return [
    target(
      'cold q8 >= 0.8 of the int8 DynamicQuantizeMatMul limit',
      share('cold-q8'),
      ofLimit(share('cold-q8'), 'int8'),
      0.8,
      true
    ),
    target(
      'cold fp32 >= 0.95 of the fp32 MatMul limit',
      share('cold-fp32'),
      ofLimit(share('cold-fp32'), 'fp32'),
      0.95,
      true
    ),
    ...pairs.flatMap(pair => {
      const ratio = medianRatio(
        row(pair.fused).samples,
        row(pair.unfused).samples,
        f => f.chunksPerSecond
      )
      return [
        target(
          `q8 ${pair.layout}: chunks/s with the rewrite >= without`,
          ratio,
          `${ratio.toFixed(2)} × --no-fuse`,
          1,
          true
        ),
        target(
          `q8 ${pair.layout}: the rewrite gives the same vectors.npy bytes`,
          pair.sameVectors ? 1 : 0,
          pair.sameVectors ? 'identical in every run' : 'different',
          1,
          true
        )
      ]
    })
  ]
}
