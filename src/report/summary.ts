import type { RunStats } from './stats.js'

/** Figures a PR check compares against the previous run's. */
const COMPARED: { key: keyof RunStats; label: string }[] = [
  { key: 'files_per_second', label: 'files/sec' },
  { key: 'embedded_files_per_second', label: 'embedded files/sec' },
  { key: 'chunks_per_second', label: 'chunks/sec' },
  { key: 'tokens_per_second', label: 'tokens/sec' },
  { key: 'wall_seconds', label: 'wall seconds' }
]

function cell(value: number | string): string {
  return typeof value === 'number' ? String(Math.round(value * 100) / 100) : value
}

function change(now: number, before: number): string {
  if (!(before > 0)) return ''
  const pct = ((now - before) / before) * 100
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`
}

/** Unicode bar, so the chart reads in any Markdown renderer. */
function bar(value: number, max: number, width = 30): string {
  const n = max > 0 ? Math.round((value / max) * width) : 0
  return '█'.repeat(n) || '▏'
}

/** The job summary as Markdown: figures, comparison with the prior run, skips, worker chart. */
export function renderSummary(stats: RunStats, prior?: RunStats, title = 'embed-index'): string {
  const lines: string[] = [`## ${title}`, '']
  lines.push(
    '| | this run |' + (prior ? ' previous index | change |' : ''),
    '|---|---:|' + (prior ? '---:|---:|' : '')
  )
  const rows: [string, number][] = [
    ['files indexed', stats.files_total],
    ['files embedded', stats.files_embedded],
    ['files reused', stats.files_reused],
    ['files skipped', stats.files_skipped],
    ['chunks', stats.chunks_total],
    ['chunks embedded', stats.chunks_embedded],
    ['tokens embedded', stats.tokens_embedded],
    ['workers × threads', stats.workers * Math.max(1, stats.threads_per_worker)],
    ['model load seconds', stats.model_load_seconds],
    ['embed seconds', stats.embed_seconds]
  ]
  for (const [label, value] of rows) {
    lines.push(`| ${label} | ${cell(value)} |` + (prior ? ' | |' : ''))
  }
  for (const { key, label } of COMPARED) {
    const now = stats[key] as number
    const before = prior ? (prior[key] as number) : undefined
    lines.push(
      `| **${label}** | **${cell(now)}** |` +
        (prior ? ` ${cell(before ?? 0)} | ${change(now, before ?? 0)} |` : '')
    )
  }
  const reasons = Object.entries(stats.skipped_by_reason).sort(([a], [b]) => a.localeCompare(b))
  if (reasons.length > 0) {
    lines.push('', '### Skipped files', '', '| reason | files |', '|---|---:|')
    for (const [reason, count] of reasons) lines.push(`| ${reason} | ${count} |`)
  }
  if (stats.per_worker.length > 0) {
    const rates = stats.per_worker.map(w => ({
      worker: w.worker,
      rate: w.busy_seconds > 0 ? w.chunks / w.busy_seconds : 0,
      chunks: w.chunks
    }))
    const max = Math.max(...rates.map(r => r.rate))
    lines.push('', '### Chunks/sec per worker', '', '```')
    for (const r of rates) {
      lines.push(
        `worker ${String(r.worker).padStart(2)} ${bar(r.rate, max)} ${r.rate.toFixed(1)} (${r.chunks} chunks)`
      )
    }
    lines.push('```')
  }
  return lines.join('\n') + '\n'
}
