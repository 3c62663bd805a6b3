/** The scale bench's results (./scale-suite.ts measures them), its targets, and its tables. */
import type { SearchMode } from '../src/core/search-modes.js'
import type { Machine } from './machine.js'
import { grid } from './serve-report.js'
import { reportEnd, target, type Target } from './targets.js'

/** A command that failed: the first line that says why. */
export interface Failure {
  error: string
}

export type Outcome<T> = T | Failure

export function failed<T extends object>(outcome: Outcome<T>): outcome is Failure {
  return 'error' in outcome
}

/**
 * The line that says why: a command's own error line (runMeasured's message ends with its log's
 * last lines, where the CLI prints 'error: …', verify 'invalid: …', Node an uncaught error's
 * name) where there is one, else the message's first line.
 */
export function errorLine(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n')
  const said = lines.slice(1).find(line => /^(error|invalid)\b|^\w*Error\b/.test(line.trim()))
  return (said ?? lines[0]).trim()
}

/** A command run to its end: wall time from spawn to exit, peak RSS of its process tree. */
export interface CommandFigures {
  wallSeconds: number
  peakMB: number
}

export interface ServeFigures {
  /** Spawn to the answer to `initialize`. */
  startSeconds: number
  /** Spawn to the keyword index built; absent without stored text (semantic search only). */
  readySeconds?: number
  loadedMB: number
  peakMB: number
  /** The modes measured: p50 and p99 of one search's round trip, in ms. */
  latency: Partial<Record<SearchMode, { p50: number; p99: number }>>
}

export interface RecallFigures {
  /** Recall@10 of the server's approximate graph against exact search, over `queries` queries. */
  recallAt10: number
  queries: number
  /** Seconds the graph thread took to build the graph and keep it in <index>/ann/. */
  graphSeconds: number
}

/** The bench's writing of a case's index (or shards), which may itself fail at a size. */
export interface GrowFigures {
  seconds: number
  /** The rows written: those asked for, rounded up to whole files. */
  rows: number
  /** The index's three files, or all the shards' (MB = 10^6 bytes). */
  MB: number
}

/** An index of `rows` rows measured by verify, query and serve. */
export interface IndexCaseRow {
  case: string
  /** As asked for. */
  rows: number
  text: boolean
  grow: Outcome<GrowFigures>
  verify: Outcome<CommandFigures>
  query: Outcome<CommandFigures>
  serve: Outcome<ServeFigures>
  /** 'exact': below the row count at which serve asks a graph, search is an exact scan. */
  recall: Outcome<RecallFigures> | 'exact'
  /** The graph serve built and kept in <index>/ann/, when it built one. */
  graphMB?: number
}

export interface MergeRun extends CommandFigures {
  /** The order the shards were given in, e.g. '1..50' or '50..1'. */
  order: string
}

/** `shards` shard indexes of `rows` rows in all, merged in two orders. */
export interface MergeCaseRow {
  case: string
  rows: number
  text: boolean
  shards: number
  grow: Outcome<GrowFigures>
  merges: Outcome<MergeRun>[]
  /** Whether every merge's files equal, byte for byte, those of the index written unsharded. */
  identical: Outcome<{ same: boolean }>
}

export interface ScaleReport {
  machine: Machine
  model: string
  queries: { count: number; examples: string[] }
  indexes: IndexCaseRow[]
  merges: MergeCaseRow[]
  targets: Target[]
  totalSeconds: number
}

/** From this many rows, an index is held to the 10-million-row targets. */
const LARGE_ROWS = 10_000_000

/** Each command works at every size; the bounds where a case is as large as they name. */
export function evaluateScaleTargets(
  indexes: readonly IndexCaseRow[],
  merges: readonly MergeCaseRow[]
): Target[] {
  const targets: Target[] = []
  const works = (what: string, outcome: Outcome<object> | 'exact') =>
    targets.push(
      target(
        `${what} works`,
        outcome !== 'exact' && failed(outcome) ? 0 : 1,
        outcome !== 'exact' && failed(outcome) ? outcome.error : 'yes',
        1,
        true
      )
    )
  for (const row of indexes) {
    works(`writing the index at ${row.case}`, row.grow)
    works(`verify at ${row.case}`, row.verify)
    works(`query at ${row.case}`, row.query)
    works(`serve at ${row.case}`, row.serve)
    if (row.recall !== 'exact') works(`recall measure at ${row.case}`, row.recall)
    if (row.rows < LARGE_ROWS) continue
    const serve = row.serve
    if (!failed(serve)) {
      const { startSeconds, peakMB } = serve
      targets.push(
        target(
          `serve first answer at ${row.case} <= 5 s`,
          startSeconds,
          `${startSeconds.toFixed(2)} s`,
          5,
          false
        ),
        target(`server RSS at ${row.case} <= 4 GB`, peakMB, `${peakMB.toFixed(0)} MB`, 4000, false)
      )
      const hybrid = serve.latency.hybrid
      if (hybrid !== undefined) {
        targets.push(
          target(
            `hybrid p99 at ${row.case} <= 100 ms`,
            hybrid.p99,
            `${hybrid.p99.toFixed(1)} ms`,
            100,
            false
          )
        )
      }
    }
    if (row.recall !== 'exact' && !failed(row.recall)) {
      const { recallAt10 } = row.recall
      targets.push(
        target(`recall@10 at ${row.case} >= 0.95`, recallAt10, recallAt10.toFixed(3), 0.95, true)
      )
    }
  }
  for (const row of merges) {
    works(`writing the shards at ${row.case}`, row.grow)
    row.merges.forEach(merge => works(`merge at ${row.case}`, merge))
    const peak = Math.max(...row.merges.map(m => (failed(m) ? 0 : m.peakMB)))
    targets.push(
      target(`merge peak RSS at ${row.case} <= 1.5 GB`, peak, `${peak.toFixed(0)} MB`, 1500, false)
    )
    const { identical } = row
    targets.push(
      target(
        `merged bytes at ${row.case} equal the unsharded index's, in either order`,
        !failed(identical) && identical.same ? 1 : 0,
        failed(identical) ? identical.error : identical.same ? 'yes' : 'no',
        1,
        true
      )
    )
  }
  return targets
}

/** The figure, or the failure's first line where the command failed. */
function shown<T extends object>(outcome: Outcome<T>, figure: (value: T) => string): string {
  return failed(outcome) ? `failed: ${outcome.error}` : figure(outcome)
}

/** The rows, MB and seconds columns, or the failure in the first of them. */
const grown = (grow: Outcome<GrowFigures>): string[] =>
  failed(grow)
    ? [`failed: ${grow.error}`, '-', '-']
    : [String(grow.rows), grow.MB.toFixed(0), grow.seconds.toFixed(1)]

const command = (figures: CommandFigures) =>
  `${figures.wallSeconds.toFixed(1)} s / ${figures.peakMB.toFixed(0)} MB`

const latency = (serve: ServeFigures, mode: SearchMode) => {
  const figures = serve.latency[mode]
  return figures === undefined ? '-' : `${figures.p50.toFixed(1)} / ${figures.p99.toFixed(1)}`
}

export function renderScaleReport(report: ScaleReport): string {
  const m = report.machine
  const indexLines = report.indexes.map(row => {
    const serve = row.serve
    return [
      row.case,
      ...grown(row.grow),
      shown(row.verify, command),
      shown(row.query, command),
      row.recall === 'exact' ? '-' : shown(row.recall, r => r.graphSeconds.toFixed(1)),
      shown(serve, s => s.startSeconds.toFixed(2)),
      shown(serve, s => s.peakMB.toFixed(0)),
      ...(['semantic', 'keyword', 'hybrid'] as const).map(mode =>
        shown(serve, s => latency(s, mode))
      ),
      row.recall === 'exact' ? 'exact' : shown(row.recall, r => r.recallAt10.toFixed(3)),
      row.graphMB === undefined ? '-' : row.graphMB.toFixed(0)
    ]
  })
  const mergeLines = report.merges.map(row => [
    row.case,
    String(row.shards),
    ...grown(row.grow),
    ...[0, 1].map(i => {
      const merge = row.merges.at(i)
      return merge === undefined ? '-' : shown(merge, r => `${r.order}: ${command(r)}`)
    }),
    shown(row.identical, r => (r.same ? 'yes' : 'no'))
  ])
  return [
    'embed-index scale bench: each command run once per case',
    `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (1-min load average ${m.loadAverage.start} at start, ${m.loadAverage.end ?? '?'} at end)`,
    `model:   ${report.model}`,
    `queries: ${report.queries.count} per mode, one at a time, top_k 10 (e.g. ${report.queries.examples.map(q => JSON.stringify(q)).join(', ')})`,
    '',
    ...(indexLines.length === 0
      ? []
      : grid([
          [
            'case',
            'rows',
            'index MB',
            'grow s',
            'verify s / MB',
            'query s / MB',
            'graph s',
            'start s',
            'serve MB',
            'semantic p50/p99 ms',
            'keyword p50/p99 ms',
            'hybrid p50/p99 ms',
            'recall@10',
            'graph MB'
          ],
          ...indexLines
        ])),
    ...(mergeLines.length === 0
      ? []
      : [
          '',
          ...grid([
            [
              'case',
              'shards',
              'rows',
              'shards MB',
              'grow s',
              'merge s / MB',
              'merge s / MB',
              'identical'
            ],
            ...mergeLines
          ])
        ]),
    '',
    'A case is ROWS (one index) or SHARDSxROWS (shards of ROWS rows in all), :text with stored text;',
    'rows: as written (whole files); index / shards MB: their files; grow s: the bench writing them.',
    'verify / query s / MB: wall time from spawn to exit / peak RSS of the process tree; start s:',
    "spawn to serve's answer to initialize; serve MB: its peak RSS; graph s: serve's graph thread",
    'building the graph and keeping it in <index>/ann/ (measured before serve, which then maps it;',
    "a serve that finds none answers by exact scan while its thread builds one); recall@10: serve's",
    'semantic search through the graph against exact search (exact: below the row count at which',
    'serve uses a graph); graph MB: the kept graph;',
    "merge: each order's wall time and peak RSS; identical: every merge's files equal the",
    "unsharded index's, byte for byte.",
    'MB = 10^6 bytes.',
    ...reportEnd(report.targets, report.totalSeconds)
  ].join('\n')
}
