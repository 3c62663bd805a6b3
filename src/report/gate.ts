import type { RunStats } from './stats.js'

/**
 * The throughput gate of PR checks: why the run fails it, or undefined when it passes (or no
 * floor is set). `floorName` is how the surface spells the option.
 */
export function throughputGateFailure(
  stats: RunStats,
  minFilesPerSecond: number | undefined,
  floorName: string
): string | undefined {
  if (minFilesPerSecond === undefined || stats.files_per_second >= minFilesPerSecond) return
  return `files/sec ${stats.files_per_second} is below ${floorName} ${minFilesPerSecond}`
}
