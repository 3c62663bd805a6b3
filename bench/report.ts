import { renderChunking, type ChunkingResult } from './chunker-compare.js'
import type { CosineSummary } from './chunks.js'
import type { Limits } from './limits.js'
import type { Machine } from './machine.js'
import { medianWorkerPeaksMB, type RowResult } from './summary.js'
import { reportEnd, type Target } from './targets.js'

/** Scaling of cold fp32 with the worker count (`--workers`). */
export interface ScalingEntry {
  requested: number
  /** What embed-index used (it caps workers at the usable cores). */
  workers: number
  threadsPerWorker: number
  chunksPerSecond: number
  /** chunks/s at N ÷ (N × chunks/s at 1 worker), N the workers used; per run, median. */
  efficiency: number
}

/** Everything a bench run found: printed as a table and written as JSON. */
export interface BenchReport {
  machine: Machine
  model: string
  embedIndex: string
  corpus: { files: number; chunks: number; tokens: number; sources: string[]; edited: string[] }
  runs: number
  /** The machine's matrix-kernel limits, GFLOP/s, median over the runs (default bench). */
  limits?: Limits
  rows: RowResult[]
  cosine?: CosineSummary
  targets: Target[]
  scaling?: ScalingEntry[]
  /** The syntax chunker against the line rule (default bench). */
  chunking?: ChunkingResult[]
  totalSeconds: number
}

interface Column {
  header: string
  cell(row: RowResult): string
}

const fixed = (digits: number) => (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits)

const COLUMNS: Column[] = [
  { header: 'wall s', cell: r => fixed(1)(r.median.wallSeconds) },
  { header: 'files/s', cell: r => fixed(1)(r.median.filesPerSecond) },
  { header: 'chunks', cell: r => fixed(0)(r.median.chunksEmbedded) },
  {
    header: 'chunks/s',
    cell: r => (r.median.chunksEmbedded > 0 ? fixed(1)(r.median.chunksPerSecond) : '-')
  },
  {
    header: 'tokens/s',
    cell: r => (r.median.chunksEmbedded > 0 ? fixed(0)(r.median.tokensPerSecond) : '-')
  },
  { header: 'tree MB', cell: r => fixed(0)(r.median.peakTreeMB) },
  { header: 'worker MB', cell: r => fixed(0)(r.median.maxWorkerMB) },
  { header: 'files/s ×naive', cell: r => fixed(2)(r.vsNaive) },
  { header: 'chunks/s ×ceiling', cell: r => fixed(2)(r.vsCeiling) },
  { header: 'share of limit', cell: r => fixed(2)(r.shareOfLimit) }
]

/** Left-aligned first column, right-aligned figures. */
function grid(header: string[], lines: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map(line => line[c].length)))
  const format = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd()
  return [format(header), ...lines.map(format)]
}

export function renderReport(report: BenchReport): string {
  const m = report.machine
  const out = [
    `embed-index bench: each figure is the median of ${report.runs} run${report.runs === 1 ? '' : 's'}; ratios are taken within a run`,
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (1-min load average ${m.loadAverage.start} at start, ${m.loadAverage.end ?? '?'} at end)`,
    `model:   ${report.model}`,
    `corpus:  ${report.corpus.files} files, ${report.corpus.chunks} chunks, ${report.corpus.tokens} tokens (${report.corpus.sources.join(', ')})`,
    `embed-index: ${report.embedIndex}`,
    '',
    ...grid(
      ['', ...COLUMNS.map(c => c.header)],
      report.rows.map(row => [row.label, ...COLUMNS.map(c => c.cell(row))])
    ),
    '',
    'per-worker peak RSS, MB:',
    ...report.rows.map(
      row =>
        `  ${row.label}: ${medianWorkerPeaksMB(row.samples)
          .map(mb => mb.toFixed(0))
          .join(', ')}`
    ),
    '',
    'wall s: whole process tree, start-up and model load included; files/s = files ÷ wall s;',
    'chunks/s and tokens/s: embedding time only; tree MB: peak RSS summed over the process tree;',
    'worker MB: peak RSS of the largest worker process (MB = 10^6 bytes).'
  ]
  if (report.limits) {
    const { fp32, int8 } = report.limits
    const gflops = (v: number): string => `${v.toFixed(0)} GFLOP/s`
    out.push(
      `machine limits, 1024×1024×1024 products (best call): fp32 MatMul ${gflops(fp32.one)} at 1 thread, ` +
        `${gflops(fp32.all)} at ${m.cores}; int8 DynamicQuantizeMatMul ${gflops(int8.one)} at 1 thread, ` +
        `${gflops(int8.all)} at ${m.cores}`,
      "share of limit: tokens/s × the weight products' FLOP per token ÷ the machine's limit for the row's",
      `kernel (int8 for q8 rows, fp32 for the rest): the better of ${m.cores} threads and ${m.cores} × 1 thread, within`,
      'the run; the attention products are left out, so shares are lower bounds.'
    )
  }
  if (report.scaling) {
    out.push(
      '',
      ...grid(
        ['workers (asked)', 'used', 'threads each', 'chunks/s', 'efficiency'],
        report.scaling.map(s => [
          String(s.requested),
          String(s.workers),
          String(s.threadsPerWorker),
          fixed(1)(s.chunksPerSecond),
          fixed(2)(s.efficiency)
        ])
      ),
      'efficiency = chunks/s at N ÷ (N × chunks/s at 1 worker), N the workers used'
    )
  }
  if (report.chunking) out.push(...renderChunking(report.chunking))
  out.push(...reportEnd(report.targets, report.totalSeconds))
  return out.join('\n')
}
