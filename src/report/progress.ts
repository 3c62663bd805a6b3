/**
 * Progress of long work: a redrawn bar when stderr is a terminal, otherwise a plain line at most
 * every `intervalMs` (CI logs), each with counts, rate and ETA.
 */
interface ProgressOptions {
  label: string
  unit: string
  total: number
  intervalMs?: number
  stream?: NodeJS.WriteStream | NodeJS.WritableStream
  isTTY?: boolean
  now?: () => number
}

export interface Progress {
  update(done: number, detail?: string): void
  finish(detail?: string): void
}

const BAR_WIDTH = 24

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.max(0, Math.round(seconds))
  const m = Math.floor(s / 60)
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr
  const isTTY = options.isTTY ?? Boolean((stream as NodeJS.WriteStream).isTTY)
  const now = options.now ?? Date.now
  const interval = options.intervalMs ?? (isTTY ? 100 : 5000)
  const started = now()
  let lastDraw = started
  let done = 0

  const line = (detail?: string): string => {
    const elapsed = (now() - started) / 1000
    const perSecond = elapsed > 0 ? done / elapsed : 0
    const eta = perSecond > 0 ? (options.total - done) / perSecond : Infinity
    const pct = options.total > 0 ? Math.floor((100 * done) / options.total) : 100
    const counts = `${done}/${options.total} ${options.unit} ${pct}%, ${perSecond.toFixed(1)} ${options.unit}/s, ETA ${formatDuration(eta)}`
    return `${options.label}: ${counts}${detail ? `, ${detail}` : ''}`
  }

  const draw = (detail?: string): void => {
    if (isTTY) {
      const filled = options.total > 0 ? Math.round((BAR_WIDTH * done) / options.total) : BAR_WIDTH
      const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled)
      stream.write(`\r[${bar}] ${line(detail)}\x1b[K`)
    } else {
      stream.write(`${line(detail)}\n`)
    }
  }

  return {
    update(value, detail) {
      done = value
      if (now() - lastDraw >= interval) {
        lastDraw = now()
        draw(detail)
      }
    },
    finish(detail) {
      done = options.total
      draw(detail)
      if (isTTY) stream.write('\n')
    }
  }
}
