/**
 * `npm run bench -- --overlay N`: how soon `serve --root` searches an edit. The bench corpus is
 * copied to a scratch tree, a marker line is added to N of its files, and the tree is indexed
 * in-process by the pipeline of this source tree (fp32, no stored text, as CI's default). A search
 * session then follows the tree as `serve --root` does (the real recursive watcher); each of the
 * N edits replaces one file's marker line with a new unique identifier, and is timed from the
 * write until keyword search finds the new identifier in that file and no longer finds the old
 * one (polled every 5 ms); then semantic search, asked with the edited chunk's new text, should
 * rank that chunk first (the query's vector is the chunk's own). The measuring runs in a child
 * process (./overlay-run.ts). The model has seeded random weights: the times are real.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describeMachine, type Machine } from './machine.js'
import { runMeasured } from './measure.js'
import type { OverlayRun } from './overlay-run.js'
import { percentile } from './serve-queries.js'
import { describeModel, paths, prepare, progress, REPO_ROOT } from './suite.js'

export interface OverlayReport {
  machine: Machine
  model: string
  index: { files: number; chunks: number }
  edits: number
  /** Seconds from each write until search had the new text and not the old, in edit order. */
  seconds: number[]
  /** Edits whose new chunk semantic search, asked with that chunk's text, ranked first. */
  semanticFirst: number
  p50Seconds: number
  p95Seconds: number
  maxSeconds: number
  benchSeconds: number
}

export async function runOverlayBench(edits: number): Promise<OverlayReport> {
  const started = performance.now()
  const machine = describeMachine()
  await prepare()
  progress(`indexing the corpus with ${edits} marker lines, then ${edits} one-line edits`)
  const resultFile = `${paths.out('overlay')}.result.json`
  await runMeasured(
    process.execPath,
    [path.join(REPO_ROOT, 'bench', 'overlay-run.ts'), String(edits), resultFile],
    {
      cwd: REPO_ROOT,
      logFile: paths.log('overlay', 1),
      env: {
        ...process.env,
        NODE_OPTIONS: `--import=${path.join(REPO_ROOT, 'script', 'ts-loader.mjs')}`
      }
    }
  )
  const { index, seconds, semanticFirst } = JSON.parse(
    await readFile(resultFile, 'utf8')
  ) as OverlayRun
  return {
    machine,
    model: describeModel(),
    index,
    edits,
    seconds,
    semanticFirst,
    p50Seconds: percentile(seconds, 50),
    p95Seconds: percentile(seconds, 95),
    maxSeconds: Math.max(...seconds),
    benchSeconds: (performance.now() - started) / 1000
  }
}

export function renderOverlayReport(report: OverlayReport): string {
  const s = (x: number) => `${x.toFixed(3)} s`
  return [
    `overlay: ${report.edits} one-line edits on ${report.index.files} files / ${report.index.chunks} chunks`,
    `  write → searched (new text found, old gone): p50 ${s(report.p50Seconds)}, p95 ${s(report.p95Seconds)}, max ${s(report.maxSeconds)}`,
    `  semantic search with the edited chunk's new text ranks it first: ${report.semanticFirst} of ${report.edits} edits`,
    `  machine: ${report.machine.cpu}, ${report.machine.cores} cores; bench ${report.benchSeconds.toFixed(0)} s`
  ].join('\n')
}
