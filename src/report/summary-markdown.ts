/**
 * The report of one indexing run as Markdown, for a reviewer's glance: the one renderer of both
 * the job summary and the PR comment. It opens with the gates' verdicts and the headline figure,
 * then a compact table, the model, runner and what changed in the index; the rest is folded in a
 * `<details>` block. Every string in it that the code did not write is markdownText, every number
 * formatNumber. Lists of paths are cut to a character budget, so the report fits a PR comment
 * (GitHub refuses a body over 65,536 characters) whatever the repository.
 */
import type { GateVerdict } from './gate.js'
import type { IndexChanges } from './index-changes.js'
import { markdownText } from './markdown-text.js'
import { formatNumber, formatPercent } from './number-format.js'
import { STATS_FIELDS, type RunStats } from './stats.js'

/** Everything the report shows, as typed figures. */
export interface RunReport {
  stats: RunStats
  /** The figures recorded with the prior index, when one with figures was restored. */
  prior?: RunStats
  verdicts: readonly GateVerdict[]
  /** The model of the index written (its manifest's). */
  model: { id: string; commit: string | null; sha256?: string; dtype: string }
  /** Against the prior index the run built on; undefined when it built on none. */
  changes?: IndexChanges
  runner?: { os: string; arch: string; cores: number }
  /** The workflow run's page, validated by the caller. */
  runUrl?: string
}

/** Paths listed per kind of change before "and N more": by count, and by escaped characters. */
const LISTED_PATHS = 50
const LIST_CHARS = 10_000
/** A path longer than this is shown cut, so that one name cannot take a list's whole budget. */
const PATH_CHARS = 200

const VERDICT_MARK: Record<GateVerdict['status'], string> = {
  passed: '✅',
  failed: '❌',
  'not applied': '➖'
}

/** The figures of the compact table, in its column order. */
const TABLE_KEYS = [
  'files_total',
  'files_embedded',
  'files_reused',
  'chunks_total',
  'wall_seconds',
  'files_per_second',
  'chunks_per_second'
] as const

const label = (key: (typeof STATS_FIELDS)[number]['key']): string =>
  STATS_FIELDS.find(field => field.key === key)!.label

export function renderSummary(report: RunReport): string {
  const lines = [
    // Hard line breaks (a trailing backslash): one line per verdict, then the headline.
    ...verdictLines(report.verdicts).map(line => `${line}\\`),
    headline(report.stats, report.prior),
    '',
    ...compactTable(report.stats, report.prior),
    '',
    changesLine(report.stats, report.changes),
    '',
    setupLine(report),
    '',
    '<details><summary>Details</summary>',
    '',
    ...details(report),
    '</details>'
  ]
  return lines.join('\n') + '\n'
}

function verdictLines(verdicts: readonly GateVerdict[]): string[] {
  if (verdicts.length === 0) return ['➖ no gates set']
  return verdicts.map(
    v => `${VERDICT_MARK[v.status]} \`${v.gate}\` ${v.status}: ${markdownText(v.detail)}`
  )
}

function headline(stats: RunStats, prior: RunStats | undefined): string {
  const now = `**embed-index: ${formatNumber(stats.files_per_second)} ${label('files_per_second')}**`
  if (prior === undefined) return `${now}, first run: no previous index to compare with`
  const before = prior.files_per_second
  if (!(before > 0)) return `${now}, the previous index recorded no ${label('files_per_second')}`
  const change = formatPercent((stats.files_per_second - before) / before, true)
  return `${now}, ${change} against the previous index (${formatNumber(before)})`
}

function compactTable(stats: RunStats, prior: RunStats | undefined): string[] {
  const row = (name: string, figures: RunStats) =>
    `| ${name} | ${TABLE_KEYS.map(key => formatNumber(figures[key])).join(' | ')} |`
  return [
    `| | ${TABLE_KEYS.map(label).join(' | ')} |`,
    `|---|${TABLE_KEYS.map(() => '---:|').join('')}`,
    row('this run', stats),
    ...(prior ? [row('previous index', prior)] : [])
  ]
}

function changesLine(stats: RunStats, changes: IndexChanges | undefined): string {
  const embedded = `${formatNumber(stats.chunks_embedded)} chunks embedded, ${formatNumber(stats.chunks_reused)} reused`
  if (changes === undefined) return `**Index changes:** no prior index to build on; ${embedded}`
  const count = (paths: string[], what: string) => `${formatNumber(paths.length)} ${what}`
  return (
    `**Index changes:** files ${count(changes.added, 'added')}, ${count(changes.changed, 'changed')}, ` +
    `${count(changes.removed, 'removed')}; ${embedded}`
  )
}

function setupLine({ model, stats, runner, runUrl }: RunReport): string {
  const version = model.commit
    ? `@${model.commit.slice(0, 7)}`
    : model.sha256
      ? ` (sha256 ${model.sha256.slice(0, 12)})`
      : ''
  const parts = [
    `**Model:** ${markdownText(model.id + version)}, ${markdownText(model.dtype)}`,
    `**workers:** ${formatNumber(stats.workers)} × ${formatNumber(stats.threads_per_worker)} threads`
  ]
  if (runner) {
    const cores = `${formatNumber(runner.cores)} cores`
    parts.push(`**runner:** ${markdownText(`${runner.os} ${runner.arch}`)}, ${cores}`)
  }
  if (runUrl) parts.push(`[workflow run](${runUrl})`)
  return parts.join(' · ')
}

function details({ stats, prior, changes }: RunReport): string[] {
  const sections: string[][] = []
  if (changes) {
    sections.push(pathTable('added', changes.added))
    sections.push(pathTable('changed', changes.changed))
    sections.push(pathTable('removed', changes.removed))
  }
  sections.push(allFigures(stats, prior))
  sections.push(countTable('Skipped files', 'reason', stats.skipped_by_reason))
  sections.push(countTable('Files chunked, by chunker', 'chunker', stats.files_by_chunker))
  sections.push(workerChart(stats))
  return sections.filter(section => section.length > 0).flatMap(section => [...section, ''])
}

/** The paths of one kind of change, cut to LISTED_PATHS and LIST_CHARS. */
function pathTable(change: string, paths: readonly string[]): string[] {
  if (paths.length === 0) return []
  const rows: string[] = []
  let chars = 0
  for (const path of paths) {
    const shown = path.length > PATH_CHARS ? `${path.slice(0, PATH_CHARS)}…` : path
    const row = `| ${markdownText(shown)} |`
    if (rows.length === LISTED_PATHS || chars + row.length > LIST_CHARS) break
    rows.push(row)
    chars += row.length
  }
  const more = paths.length - rows.length
  return [
    `| files ${change} (${formatNumber(paths.length)}) |`,
    '|---|',
    ...rows,
    ...(more > 0 ? [`| … and ${formatNumber(more)} more |`] : [])
  ]
}

/** Every declared figure, the compared ones beside the previous index's and the change. */
function allFigures(stats: RunStats, prior: RunStats | undefined): string[] {
  const lines = [
    '| | this run |' + (prior ? ' previous index | change |' : ''),
    '|---|---:|' + (prior ? '---:|---:|' : '')
  ]
  for (const field of STATS_FIELDS) {
    const now = stats[field.key]
    const before = prior?.[field.key] ?? 0
    const compared = prior && 'compared' in field
    const change = compared && before > 0 ? formatPercent((now - before) / before, true) : ''
    lines.push(
      `| ${field.label} | ${formatNumber(now)} |` +
        (prior ? ` ${compared ? formatNumber(before) : ''} | ${change} |` : '')
    )
  }
  return lines
}

function countTable(title: string, what: string, counts: Record<string, number>): string[] {
  const entries = Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))
  if (entries.length === 0) return []
  return [
    `**${title}**`,
    '',
    `| ${what} | files |`,
    '|---|---:|',
    ...entries.map(([name, count]) => `| ${markdownText(name)} | ${formatNumber(count)} |`)
  ]
}

/** Unicode bars, so the chart reads in any Markdown renderer. */
function workerChart(stats: RunStats): string[] {
  if (stats.per_worker.length === 0) return []
  const rates = stats.per_worker.map(w => ({
    worker: w.worker,
    rate: w.busy_seconds > 0 ? w.chunks / w.busy_seconds : 0,
    chunks: w.chunks
  }))
  const max = Math.max(...rates.map(r => r.rate))
  const bar = (rate: number) => '█'.repeat(max > 0 ? Math.round((rate / max) * 30) : 0) || '▏'
  return [
    '**Chunks/sec per worker**',
    '',
    '```',
    ...rates.map(
      r =>
        `worker ${String(r.worker).padStart(2)} ${bar(r.rate)} ${formatNumber(r.rate)} (${formatNumber(r.chunks)} chunks)`
    ),
    '```'
  ]
}
