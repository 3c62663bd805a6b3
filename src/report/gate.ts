/**
 * The throughput gates of PR checks. The absolute gate (`min-files-per-second`) compares files/sec
 * with a floor; the relative gate (`max-slowdown`) compares chunks/sec of embedding with the
 * figure recorded with the prior index, where the two runs measured the same thing. Each gate
 * gives a verdict that the job summary, the PR comment and the step's failure all show.
 */
import { formatNumber, formatPercent } from './number-format.js'
import type { RunStats } from './stats.js'

/**
 * Chunks both runs must have embedded for their chunks/sec to be compared. Fewer chunks make
 * fewer and smaller batches (chunks are batched by exact token count) and a larger share of time
 * before every worker is busy, so a small run's chunks/sec is lower and noisier. A judgement,
 * explained with the figures behind it in the README's "Throughput gates".
 */
export const MIN_CHUNKS_TO_COMPARE = 256

type GateStatus = 'passed' | 'failed' | 'not applied'

export interface GateVerdict {
  /** The gate as the option that sets it: `min-files-per-second 2`. */
  gate: string
  status: GateStatus
  /** One line: the figures compared, or why the gate was not applied. */
  detail: string
}

/** What the prior index recorded of its own run: its figures and the weights it used. */
export interface PriorFigures {
  stats: RunStats
  dtype: string
}

interface GateSettings {
  minFilesPerSecond?: number
  maxSlowdown?: number
  /** This run's weights. */
  dtype: string
}

/** The verdicts of the gates that are set, absolute first. */
export function gateVerdicts(
  stats: RunStats,
  prior: PriorFigures | undefined,
  settings: GateSettings
): GateVerdict[] {
  const verdicts: GateVerdict[] = []
  const floor = floorVerdict(stats, settings.minFilesPerSecond, 'min-files-per-second')
  if (floor) verdicts.push(floor)
  if (settings.maxSlowdown !== undefined) {
    verdicts.push(slowdownVerdict(stats, prior, settings.maxSlowdown, settings.dtype))
  }
  return verdicts
}

/**
 * The absolute gate: files/sec against a floor; undefined when no floor is set. `floorName` is
 * how the surface spells the option.
 */
function floorVerdict(
  stats: RunStats,
  minFilesPerSecond: number | undefined,
  floorName: string
): GateVerdict | undefined {
  if (minFilesPerSecond === undefined) return undefined
  const gate = `${floorName} ${minFilesPerSecond}`
  const now = stats.files_per_second
  const measured = `files/sec ${formatNumber(now)}`
  return now >= minFilesPerSecond
    ? { gate, status: 'passed', detail: `${measured} is at or above ${gate}` }
    : { gate, status: 'failed', detail: `${measured} is below ${gate}` }
}

/** Why the absolute gate fails the run, or undefined when it passes (or no floor is set). */
export function throughputGateFailure(
  stats: RunStats,
  minFilesPerSecond: number | undefined,
  floorName: string
): string | undefined {
  const verdict = floorVerdict(stats, minFilesPerSecond, floorName)
  return verdict?.status === 'failed' ? verdict.detail : undefined
}

function slowdownVerdict(
  stats: RunStats,
  prior: PriorFigures | undefined,
  maxSlowdown: number,
  dtype: string
): GateVerdict {
  const gate = `max-slowdown ${maxSlowdown}`
  const reason =
    prior === undefined
      ? 'no figures of a prior index to compare with (none restored, its index refused, or its stats.json missing or invalid)'
      : notComparable(stats, prior, dtype)
  if (prior === undefined || reason !== undefined) {
    return { gate, status: 'not applied', detail: reason ?? '' }
  }
  const now = stats.chunks_per_second
  const before = prior.stats.chunks_per_second
  const slowdown = 1 - now / before
  const change = `${formatPercent(slowdown)} ${slowdown > 0 ? 'slower' : 'faster'}`
  const compared = `chunks/sec ${formatNumber(now)} against ${formatNumber(before)} recorded with the prior index: ${change}`
  return slowdown > maxSlowdown
    ? { gate, status: 'failed', detail: `${compared}: more than ${gate} allows` }
    : { gate, status: 'passed', detail: `${compared}: within ${gate}` }
}

/** Why the two runs' chunks/sec do not measure the same thing, or undefined when they do. */
function notComparable(stats: RunStats, prior: PriorFigures, dtype: string): string | undefined {
  if (prior.dtype !== dtype) return `the prior index used dtype ${prior.dtype}, this run ${dtype}`
  const workers = (s: RunStats) => `${s.workers} workers × ${s.threads_per_worker} threads`
  if (workers(prior.stats) !== workers(stats)) {
    return `the prior index was embedded by ${workers(prior.stats)}, this run by ${workers(stats)}`
  }
  const few = (who: string, s: RunStats) =>
    `${who} embedded ${formatNumber(s.chunks_embedded)} chunks, fewer than the ${MIN_CHUNKS_TO_COMPARE} needed to measure chunks/sec`
  if (stats.chunks_embedded < MIN_CHUNKS_TO_COMPARE) return few('this run', stats)
  if (prior.stats.chunks_embedded < MIN_CHUNKS_TO_COMPARE) return few('the prior run', prior.stats)
  if (!(prior.stats.chunks_per_second > 0)) return 'the prior run recorded no chunks/sec'
  return undefined
}
