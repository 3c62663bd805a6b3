/**
 * `npm run bench -- --scale CASE,...`: the commands (the npm package's lib/cli.js) on indexes grown
 * to the sizes asked for (./grow-index.ts). An index case measures its bytes, `verify` and `query`
 * (wall time, peak RSS of the process tree), `serve` (./serve-run.ts: first answer, latency per
 * mode, RSS) and, where serve searches a graph, the graph's recall@10 against exact search; a
 * merge case writes the shards and the unsharded index, merges the shards in two orders, and
 * compares each merge's files with the unsharded index's. A command that fails is recorded by its
 * error's first line and the bench goes on. Each index is removed once measured (they are large).
 */
import { open, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  VECTORS_FILE,
  type IndexModel
} from '../src/artifact/format.js'
import { readIndexHead } from '../src/artifact/index-stream.js'
import { readNpy } from '../src/artifact/npy.js'
import { PartReader } from '../src/artifact/part-stream.js'
import { SEARCH_MODES } from '../src/core/search-modes.js'
import { modelFiles, readModelShape } from '../src/embed/model-source.js'
import { modelDigest } from '../src/embed/model-digest.js'
import { ANN_MIN_ROWS, VectorScorer } from '../src/serve/vector-search.js'
import { exactTop, noisyQueries, recall } from './ann-suite.js'
import type { ScaleCase } from './args.js'
import { writeGrownIndexes } from './grow-index.js'
import { describeMachine, loadAverageNow } from './machine.js'
import { runMeasured, type Measured } from './measure.js'
import {
  errorLine,
  evaluateScaleTargets,
  failed,
  type CommandFigures,
  type GrowFigures,
  type IndexCaseRow,
  type MergeCaseRow,
  type Outcome,
  type RecallFigures,
  type ScaleReport,
  type ServeFigures
} from './scale-report.js'
import { corpusTexts } from './serve-index.js'
import { benchQueries, percentile } from './serve-queries.js'
import { latencies, measureServe } from './serve-run.js'
import { describeModel, paths, prepare, progress, REPO_ROOT } from './suite.js'

const QUERIES = 200
const NOT_RUN = 'not run: the bench could not write the index'
/** Queries of the recall measure: rows of the index with noise, as the --ann bench makes them. */
const RECALL_QUERIES = 1000

/** What the cases are measured with. */
export interface ScaleSetup {
  /** lib/cli.js */
  cli: string
  modelDir: string
  model: IndexModel
  /** The corpus's texts by path, which the grown indexes copy. */
  texts: ReadonlyMap<string, string>
  /** Where the indexes, shards and logs are written. */
  work: string
  queries: number
  recallQueries: number
  /** From this many rows serve searches a graph (ANN_MIN_ROWS but in tests). */
  annMinRows: number
}

export async function runScaleBench(cases: readonly ScaleCase[]): Promise<ScaleReport> {
  const cli = path.join(REPO_ROOT, 'lib', 'cli.js')
  await stat(cli).catch(() => {
    throw new Error(`${cli} is missing: build it with 'npm run build:lib'`)
  })
  const files = await prepare()
  return measureScale(cases, {
    cli,
    modelDir: paths.model,
    model: await localModel(paths.model),
    texts: await corpusTexts(paths.corpus, files),
    work: paths.out('scale'),
    queries: QUERIES,
    recallQueries: RECALL_QUERIES,
    annMinRows: ANN_MIN_ROWS
  })
}

/** The manifest's record of a local fp32 model folder, as `index --model-path` writes it. */
export async function localModel(dir: string): Promise<IndexModel> {
  return {
    id: 'Xenova/all-MiniLM-L6-v2',
    revision: 'main',
    commit: null,
    sha256: await modelDigest(dir, modelFiles('fp32')),
    dtype: 'fp32',
    dimension: (await readModelShape(dir)).dimension
  }
}

export async function measureScale(
  cases: readonly ScaleCase[],
  setup: ScaleSetup
): Promise<ScaleReport> {
  const started = performance.now()
  const machine = describeMachine()
  await rm(setup.work, { recursive: true, force: true })
  const queries = benchQueries([...setup.texts.values()], setup.queries)
  const indexes: IndexCaseRow[] = []
  const merges: MergeCaseRow[] = []
  for (const scaleCase of cases) {
    const label = caseLabel(scaleCase)
    progress(`${label}: growing the index${scaleCase.shards ? ' and its shards' : ''}`)
    if (scaleCase.shards === undefined) indexes.push(await indexCase(scaleCase, setup, queries))
    else merges.push(await mergeCase(scaleCase, setup))
  }
  machine.loadAverage.end = loadAverageNow()
  return {
    machine,
    model: describeModel(),
    queries: { count: queries.length, examples: queries.slice(0, 6) },
    indexes,
    merges,
    targets: evaluateScaleTargets(indexes, merges),
    totalSeconds: (performance.now() - started) / 1000
  }
}

/** '100000', '2000000:text', '50x5000000'. */
export function caseLabel({ rows, text, shards }: ScaleCase): string {
  return `${shards === undefined ? '' : `${shards}x`}${rows}${text ? ':text' : ''}`
}

async function indexCase(
  scaleCase: ScaleCase,
  setup: ScaleSetup,
  queries: readonly string[]
): Promise<IndexCaseRow> {
  const label = caseLabel(scaleCase)
  const dir = path.join(setup.work, label.replace(':', '-'))
  const log = (command: string) =>
    path.join(setup.work, `${label.replace(':', '-')}.${command}.log`)
  const grow = await attempt(() => growIndex(scaleCase, setup, dir))
  if (failed(grow)) {
    await rm(dir, { recursive: true, force: true })
    const notRun = { error: NOT_RUN }
    const row = { case: label, rows: scaleCase.rows, text: scaleCase.text, grow }
    return { ...row, verify: notRun, query: notRun, serve: notRun, recall: notRun }
  }
  const modes = scaleCase.text ? SEARCH_MODES : (['semantic'] as const)
  progress(`${label}: ${grow.rows} rows, ${grow.MB.toFixed(0)} MB; verify`)
  const verify = await attempt(async () =>
    figures(
      await runMeasured(process.execPath, [setup.cli, 'verify', '--index', dir], {
        cwd: setup.work,
        logFile: log('verify')
      })
    )
  )
  progress(`${label}: query`)
  const query = await attempt(async () =>
    figures(
      await runMeasured(
        process.execPath,
        [
          setup.cli,
          'query',
          '--index',
          dir,
          '--model-path',
          setup.modelDir,
          '--text',
          queries[0],
          '--mode',
          scaleCase.text ? 'hybrid' : 'semantic'
        ],
        { cwd: setup.work, logFile: log('query') }
      )
    )
  )
  let recallFigures: IndexCaseRow['recall'] = 'exact'
  if (grow.rows >= setup.annMinRows) {
    // Before serve, so that serve maps the graph kept and its searches ask it from the start.
    progress(`${label}: the graph (built in serve's own graph thread), and its recall@10`)
    recallFigures = await attempt(() => graphRecall(dir, setup.recallQueries, setup.annMinRows))
  }
  progress(`${label}: serve, ${queries.length} queries in ${modes.join(', ')} mode`)
  const serve = await attempt(async (): Promise<ServeFigures> => {
    const sample = await measureServe(setup.cli, dir, setup.modelDir, queries, modes)
    return {
      startSeconds: sample.startSeconds,
      ...(sample.readySeconds === undefined ? {} : { readySeconds: sample.readySeconds }),
      loadedMB: sample.loadedMB,
      peakMB: sample.peakMB,
      latency: Object.fromEntries(
        modes.map(mode => {
          const times = latencies(sample, mode)
          return [mode, { p50: percentile(times, 50), p99: percentile(times, 99) }]
        })
      )
    }
  })
  const graphMB = await folderMB(path.join(dir, 'ann')).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
  return {
    case: label,
    rows: scaleCase.rows,
    text: scaleCase.text,
    grow,
    verify,
    query,
    serve,
    recall: recallFigures,
    ...(graphMB === undefined ? {} : { graphMB })
  }
}

/**
 * Recall@10 of serve's semantic search (its VectorScorer, whose thread builds the graph and keeps
 * it in `<dir>/ann/`, bound to these vectors) against exact search, over rows of the index with
 * noise added; and the time the graph took.
 */
export async function graphRecall(
  dir: string,
  count: number,
  annMinRows: number
): Promise<RecallFigures> {
  const head = await readIndexHead(dir)
  const reader = await PartReader.open(path.join(dir, VECTORS_FILE))
  let vectors: Float32Array
  let dimension: number
  try {
    const matrix = await readNpy(reader)
    ;[vectors, dimension] = [matrix.data, matrix.cols]
  } finally {
    await reader.close()
  }
  const queries = noisyQueries(vectors, dimension, count)
  const truth = await exactTop(vectors, dimension, queries)
  const log = { info: () => {}, warning: (message: string) => progress(`  ${message}`) }
  const digest = head.manifest.checksums[VECTORS_FILE]
  const started = performance.now()
  const scorer = new VectorScorer(
    vectors,
    dimension,
    { dir, vectorsDigest: digest, log },
    annMinRows
  )
  if (!(await scorer.graphReady))
    throw new Error('the graph thread kept no graph (see its warning)')
  const graphSeconds = (performance.now() - started) / 1000
  const found: number[][] = []
  for (let q = 0; q < count; q++) {
    const query = queries.subarray(q * dimension, (q + 1) * dimension)
    found.push((await scorer.nearest(query, 10, () => true)).map(hit => hit.row))
  }
  return { recallAt10: recall(found, truth), queries: count, graphSeconds }
}

/**
 * The case's grown index written to `whole` (and its `shards`), timed; MB: the shards' when there
 * are any, else the index's.
 */
async function growIndex(
  scaleCase: ScaleCase,
  setup: ScaleSetup,
  whole: string,
  shards?: readonly string[]
): Promise<GrowFigures> {
  const started = performance.now()
  const rows = await writeGrownIndexes({
    texts: setup.texts,
    rows: scaleCase.rows,
    model: setup.model,
    storeText: scaleCase.text,
    whole,
    shards
  })
  const seconds = (performance.now() - started) / 1000
  let MB = 0
  for (const folder of shards ?? [whole]) MB += await folderMB(folder)
  return { seconds, rows, MB }
}

async function mergeCase(scaleCase: ScaleCase, setup: ScaleSetup): Promise<MergeCaseRow> {
  const label = caseLabel(scaleCase)
  const shardCount = scaleCase.shards!
  const name = label.replace(':', '-')
  const base = path.join(setup.work, name)
  const whole = path.join(base, 'whole')
  const width = String(shardCount).length
  const shards = Array.from({ length: shardCount }, (_, i) =>
    path.join(base, `shard-${String(i + 1).padStart(width, '0')}`)
  )
  const grow = await attempt(() => growIndex(scaleCase, setup, whole, shards))
  const row = { case: label, rows: scaleCase.rows, text: scaleCase.text, shards: shardCount, grow }
  if (failed(grow)) {
    await rm(base, { recursive: true, force: true })
    return { ...row, merges: [], identical: { error: NOT_RUN } }
  }
  const orders: [string, string[]][] = [
    [`1..${shardCount}`, shards],
    [`${shardCount}..1`, [...shards].reverse()]
  ]
  const merged = path.join(base, 'merged')
  const merges: MergeCaseRow['merges'] = []
  let identical: MergeCaseRow['identical'] = { same: true }
  for (const [order, dirs] of orders) {
    progress(
      `${label}: merging ${shardCount} shards of ${grow.rows} rows in all, in order ${order}`
    )
    const merge = await attempt(async () => ({
      order,
      ...figures(
        await runMeasured(process.execPath, [setup.cli, 'merge', '--out', merged, ...dirs], {
          cwd: setup.work,
          logFile: path.join(setup.work, `${name}.merge-${order.replace('..', '-')}.log`)
        })
      )
    }))
    merges.push(merge)
    if ('error' in merge) identical = { error: `the merge in order ${order} failed` }
    else if ('same' in identical && identical.same) {
      identical = await attempt(async () => ({ same: await sameIndexFiles(merged, whole) }))
    }
    await rm(merged, { recursive: true, force: true })
  }
  await rm(base, { recursive: true, force: true })
  return { ...row, merges, identical }
}

/** Runs a measurement; a failure becomes its error's first line. */
async function attempt<T extends object>(measure: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return await measure()
  } catch (error) {
    const line = errorLine(error)
    progress(`  failed: ${line}`)
    return { error: line }
  }
}

function figures({ wallSeconds, memory }: Measured): CommandFigures {
  return { wallSeconds, peakMB: memory.peakTreeBytes / 1e6 }
}

/** The bytes of the files directly in `dir`, in MB (10^6 bytes). */
async function folderMB(dir: string): Promise<number> {
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(path.join(dir, entry.name))).size
  }
  return bytes / 1e6
}

/** Whether two indexes' three files are equal byte for byte. */
export async function sameIndexFiles(a: string, b: string): Promise<boolean> {
  for (const file of [MANIFEST_FILE, CHUNKS_FILE, VECTORS_FILE]) {
    if (!(await sameBytes(path.join(a, file), path.join(b, file)))) return false
  }
  return true
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = [await open(a), await open(b)]
  try {
    if ((await left.stat()).size !== (await right.stat()).size) return false
    const size = 4 * 1024 * 1024
    const [x, y] = [Buffer.alloc(size), Buffer.alloc(size)]
    for (;;) {
      const [read, readToo] = await Promise.all([left.read(x, 0, size), right.read(y, 0, size)])
      if (read.bytesRead !== readToo.bytesRead) return false
      if (read.bytesRead === 0) return true
      if (!x.subarray(0, read.bytesRead).equals(y.subarray(0, read.bytesRead))) return false
    }
  } finally {
    await left.close()
    await right.close()
  }
}
