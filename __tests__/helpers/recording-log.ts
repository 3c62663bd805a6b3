import type { Log } from '../../src/core/log.js'

/** A Log that keeps what it is told, for tests to read back. */
export interface RecordingLog extends Log {
  infos: string[]
  warnings: string[]
  /** Both, in the order told; warnings as `warning: MESSAGE`, as the CLI prints them. */
  lines: string[]
}

export function recordingLog(): RecordingLog {
  const infos: string[] = []
  const warnings: string[] = []
  const lines: string[] = []
  return {
    infos,
    warnings,
    lines,
    info: message => {
      infos.push(message)
      lines.push(message)
    },
    warning: message => {
      warnings.push(message)
      lines.push(`warning: ${message}`)
    }
  }
}
