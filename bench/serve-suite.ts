/**
 * `npm run bench -- --serve`: `embed-index serve` (the npm package's lib/cli.js) on two indexes, the bench
 * corpus and a synthetic index of SYNTHETIC_CHUNKS chunks × the model's 384 dimensions: start-up,
 * memory, and per-query latency of each search mode.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { readIndex } from '../src/artifact/read.js'
import { SEARCH_MODES } from '../src/core/search-modes.js'
import { runEmbedIndex } from './embed-index.js'
import { describeMachine, loadAverageNow } from './machine.js'
import { benchQueries, percentile } from './serve-queries.js'
import { writeSyntheticIndex } from './serve-index.js'
import { evaluateServeTargets, type ServeReport, type ServeRow } from './serve-report.js'
import { latencies, measureServe, type ServeSample } from './serve-run.js'
import { median } from './summary.js'
import { BATCH_SIZE, describeModel, paths, prepare, progress, REPO_ROOT } from './suite.js'

export const SYNTHETIC_CHUNKS = 100_000
export const QUERIES = 200

function summarize(
  key: string,
  label: string,
  chunks: number,
  files: number,
  samples: ServeSample[]
): ServeRow {
  const perRun = (figure: (sample: ServeSample) => number) => median(samples.map(figure))
  return {
    key,
    label,
    chunks,
    files,
    startSeconds: perRun(s => s.startSeconds),
    readySeconds: perRun(s => s.readySeconds!),
    loadedMB: perRun(s => s.loadedMB),
    peakMB: perRun(s => s.peakMB),
    latency: Object.fromEntries(
      SEARCH_MODES.map(mode => [
        mode,
        {
          p50: perRun(s => percentile(latencies(s, mode), 50)),
          p99: perRun(s => percentile(latencies(s, mode), 99)),
          mean: perRun(
            s => latencies(s, mode).reduce((a, b) => a + b, 0) / latencies(s, mode).length
          )
        }
      ])
    ) as ServeRow['latency']
  }
}

export async function runServeBench(runs: number): Promise<ServeReport> {
  const started = performance.now()
  const machine = describeMachine()
  const cli = path.join(REPO_ROOT, 'lib', 'cli.js')
  await access(cli).catch(() => {
    throw new Error(`${cli} is missing: build it with 'npm run build:lib'`)
  })
  const files = await prepare()
  progress('indexing the corpus (fp32, stored text)')
  const corpusDir = paths.out('serve-corpus')
  await runEmbedIndex(REPO_ROOT, {
    root: paths.corpus,
    out: corpusDir,
    modelDir: paths.model,
    dtype: 'fp32',
    batchSize: BATCH_SIZE,
    logFile: paths.log('serve-corpus', 1)
  })
  const corpus = await readIndex(corpusDir)
  progress(`writing a synthetic index of ${SYNTHETIC_CHUNKS} chunks`)
  const syntheticDir = paths.out('serve-synthetic')
  await writeSyntheticIndex(
    paths.corpus,
    files,
    syntheticDir,
    SYNTHETIC_CHUNKS,
    corpus.manifest.model
  )
  const synthetic = await readIndex(syntheticDir)
  const queries = benchQueries(
    corpus.rows.map(row => row.text!),
    QUERIES
  )
  const indexes = [
    { key: 'corpus', label: 'bench corpus', dir: corpusDir, index: corpus },
    {
      key: 'synthetic',
      label: `synthetic, ${synthetic.rows.length} chunks`,
      dir: syntheticDir,
      index: synthetic
    }
  ]
  const samples = new Map<string, ServeSample[]>(indexes.map(({ key }) => [key, []]))
  for (let run = 1; run <= runs; run++) {
    progress(`run ${run} of ${runs}`)
    for (const { key, label, dir } of indexes) {
      const sample = await measureServe(cli, dir, paths.model, queries)
      samples.get(key)!.push(sample)
      const ms = (mode: (typeof SEARCH_MODES)[number]) =>
        `${mode} p50 ${percentile(latencies(sample, mode), 50).toFixed(1)} ms`
      progress(
        `  ${label}: start ${sample.startSeconds.toFixed(2)} s, ready ${sample.readySeconds!.toFixed(2)} s, ` +
          `${sample.loadedMB.toFixed(0)} MB, ` +
          SEARCH_MODES.map(ms).join(', ')
      )
    }
  }
  const rows = indexes.map(({ key, label, index }) =>
    summarize(key, label, index.rows.length, index.manifest.files.length, samples.get(key)!)
  )
  machine.loadAverage.end = loadAverageNow()
  return {
    machine,
    model: describeModel(),
    server: 'node lib/cli.js serve --index DIR --model-path DIR, over stdio, by the MCP SDK client',
    queries: { count: QUERIES, examples: queries.slice(0, 6) },
    runs,
    rows,
    targets: evaluateServeTargets(rows),
    totalSeconds: (performance.now() - started) / 1000
  }
}
