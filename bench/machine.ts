import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  /** 1-minute load averages when the bench started and ended: other work skews the figures. */
  loadAverage: { start: number; end?: number }
}

export const loadAverageNow = (): number => Math.round(loadavg()[0] * 100) / 100

/** The CPU model named by /proc/cpuinfo ('model name', or 'Processor' on some ARM kernels). */
export function cpuModel(cpuinfo: string): string {
  const match = /^(?:model name|Processor)\s*:\s*(.+)$/m.exec(cpuinfo)
  return match ? match[1].trim() : 'unknown CPU'
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(readFileSync('/proc/cpuinfo', 'utf8')),
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: { start: loadAverageNow() }
  }
}
