import type { GateVerdict } from './gate.js'
import { markdownText } from './markdown-text.js'
import { STATS_FIELDS, type RunStats } from './stats.js'

function cell(value: number): string {
  return String(Math.round(value * 100) / 100)
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

const VERDICT_MARK: Record<GateVerdict['status'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  'not applied': '➖ not applied'
}

/**
 * The job summary (and the PR comment) as Markdown: every figure (the compared ones in bold,
 * beside the previous index's and the change), the gates' verdicts, skips by reason, and a chart
 * of chunks/sec per worker. Every string in it that the code did not write is markdownText.
 */
export function renderSummary(
  stats: RunStats,
  prior?: RunStats,
  verdicts: readonly GateVerdict[] = [],
  title = 'embed-index'
): string {
  const lines: string[] = [`## ${title}`, '']
  lines.push(
    '| | this run |' + (prior ? ' previous index | change |' : ''),
    '|---|---:|' + (prior ? '---:|---:|' : '')
  )
  for (const field of STATS_FIELDS) {
    const now = stats[field.key]
    if (!('compared' in field)) {
      lines.push(`| ${field.label} | ${cell(now)} |` + (prior ? ' | |' : ''))
      continue
    }
    const before = prior?.[field.key] ?? 0
    lines.push(
      `| **${field.label}** | **${cell(now)}** |` +
        (prior ? ` ${cell(before)} | ${change(now, before)} |` : '')
    )
  }
  if (verdicts.length > 0) {
    lines.push('', '### Throughput gates', '', '| gate | verdict | why |', '|---|---|---|')
    for (const v of verdicts)
      lines.push(`| \`${v.gate}\` | ${VERDICT_MARK[v.status]} | ${markdownText(v.detail)} |`)
  }
  const reasons = Object.entries(stats.skipped_by_reason).sort(([a], [b]) => a.localeCompare(b))
  if (reasons.length > 0) {
    lines.push('', '### Skipped files', '', '| reason | files |', '|---|---:|')
    for (const [reason, count] of reasons) {
      lines.push(`| ${markdownText(reason)} | ${count} |`)
    }
  }
  const chunkers = Object.entries(stats.files_by_chunker).sort(([a], [b]) => a.localeCompare(b))
  if (chunkers.length > 0) {
    lines.push('', '### Files chunked, by chunker', '', '| chunker | files |', '|---|---:|')
    for (const [chunker, count] of chunkers) {
      lines.push(`| ${markdownText(chunker)} | ${count} |`)
    }
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
