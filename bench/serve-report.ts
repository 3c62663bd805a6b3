import type { Machine } from './machine.js'
import type { SearchMode } from '../src/core/search-modes.js'
import { SEARCH_MODES } from '../src/core/search-modes.js'
import { reportEnd, target, type Target } from './targets.js'

/** One index served: each figure the median over runs. */
export interface ServeRow {
  key: string
  label: string
  chunks: number
  files: number
  /** Spawn to the answer to `initialize`: Node start-up, index read and verified, model. */
  startSeconds: number
  /** Spawn to the keyword index built (in its own thread, from the index's load on). */
  readySeconds: number
  loadedMB: number
  peakMB: number
  /** Per mode: percentiles and mean of one search's round trip, in ms. */
  latency: Record<SearchMode, { p50: number; p99: number; mean: number }>
}

export interface ServeReport {
  machine: Machine
  model: string
  server: string
  queries: { count: number; examples: string[] }
  runs: number
  rows: ServeRow[]
  targets: Target[]
  totalSeconds: number
}

/** The targets for a 2-core machine, on the synthetic 100k-chunk index. */
export function evaluateServeTargets(rows: readonly ServeRow[]): Target[] {
  const big = rows.find(row => row.key === 'synthetic')
  if (big === undefined) throw new Error('internal: no synthetic row')
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const { p50, p99 } = big.latency.hybrid
  return [
    target(`hybrid p50 at ${big.chunks} chunks <= 30 ms`, p50, ms(p50), 30, false),
    target(`hybrid p99 at ${big.chunks} chunks <= 100 ms`, p99, ms(p99), 100, false),
    target(
      `start at ${big.chunks} chunks <= 3 s`,
      big.startSeconds,
      `${big.startSeconds.toFixed(2)} s`,
      3,
      false
    )
  ]
}

/** Rows of cells as aligned columns: the first left-aligned, the rest right-aligned. */
export function grid(lines: string[][]): string[] {
  const widths = lines[0].map((_, c) => Math.max(...lines.map(line => line[c].length)))
  return lines.map(cells =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd()
  )
}

export function renderServeReport(report: ServeReport): string {
  const m = report.machine
  const header = ['', 'chunks', 'files', 'start s', 'ready s', 'loaded MB', 'peak MB']
  for (const mode of SEARCH_MODES) header.push(`${mode} p50/p99 ms`)
  const lines = report.rows.map(row => [
    row.label,
    String(row.chunks),
    String(row.files),
    row.startSeconds.toFixed(2),
    row.readySeconds.toFixed(2),
    row.loadedMB.toFixed(0),
    row.peakMB.toFixed(0),
    ...SEARCH_MODES.map(
      mode => `${row.latency[mode].p50.toFixed(1)} / ${row.latency[mode].p99.toFixed(1)}`
    )
  ])
  return [
    `embed-index serve bench: each figure is the median of ${report.runs} run${report.runs === 1 ? '' : 's'}`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (1-min load average ${m.loadAverage.start} at start, ${m.loadAverage.end ?? '?'} at end)`,
    `model:   ${report.model}`,
    `server:  ${report.server}`,
    `queries: ${report.queries.count} per mode, one at a time, top_k 10 (e.g. ${report.queries.examples.map(q => JSON.stringify(q)).join(', ')})`,
    '',
    ...grid([header, ...lines]),
    '',
    'start s: spawn to the answer to initialize (Node start-up, index read and verified; the model loads after, in its own thread);',
    'ready s: spawn to the keyword index built, in its own thread, meanwhile (keyword and hybrid searches',
    'wait for it; the latencies are measured after it); latency: one search call, request to answer,',
    'query embedding included; loaded MB / peak MB: RSS of the server once ready / its peak after all',
    'queries (MB = 10^6 bytes).',
    ...reportEnd(report.targets, report.totalSeconds)
  ].join('\n')
}
