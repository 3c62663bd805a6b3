/**
 * The bench's runs: naive, ceiling and embed-index measured side by side in every run, each in
 * its own process tree, on the same corpus and the very same chunks.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateModel } from '../tools/fixture-model/generate.js'
import { PRESETS } from '../tools/fixture-model/presets.js'
import { chunkerTargets, compareChunkers, LINES_ROW } from './chunker-compare.js'
import { chunksOfIndex, compareIndexes, writeChunks, type BenchChunk } from './chunks.js'
import { buildCorpus, copyWithEdits, CORPUS_SOURCES } from './corpus.js'
import { runEmbedIndex, type IndexRun } from './embed-index.js'
import { describeMachine, loadAverageNow } from './machine.js'
import { runMeasured } from './measure.js'
import type { PhaseResult } from './phase-result.js'
import type { BenchReport, ScalingEntry } from './report.js'
import {
  bestPerRun,
  bytesToMB,
  figures,
  median,
  summarizeRow,
  workerPeaksMB,
  type RowResult,
  type Sample
} from './summary.js'
import { limitTargets, evaluateTargets, type FusePair } from './targets.js'
import { machineLimit, measureLimits, weightFlopsPerToken, type Limits } from './limits.js'

/** Chunks per model call, for embed-index and the ceiling alike. */
export const BATCH_SIZE = 16
const CHANGED_FRACTION = 0.01

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = path.resolve(HERE, '..')
const BENCH_DIR = path.join(REPO_ROOT, '.bench')

export const paths = {
  model: path.join(BENCH_DIR, 'model'),
  /** The same model with its q8 file in transformers.js's MatMulInteger layout. */
  modelMatMulInteger: path.join(BENCH_DIR, 'model-matmul-integer'),
  /** --cache-dir of the index runs: where the graph rewrite keeps its files. */
  cache: path.join(BENCH_DIR, 'cache'),
  corpus: path.join(BENCH_DIR, 'corpus'),
  codeCorpus: path.join(BENCH_DIR, 'code-corpus'),
  changed: path.join(BENCH_DIR, 'corpus-changed'),
  chunks: path.join(BENCH_DIR, 'chunks.json'),
  out: (key: string) => path.join(BENCH_DIR, 'out', key),
  log: (key: string, run: number) => path.join(BENCH_DIR, 'logs', `${key}-run${run}.log`)
}

export function progress(message: string): void {
  process.stderr.write(`${message}\n`)
}

/** Generates the model and the corpus; everything else a run needs comes from them. */
export async function prepare(): Promise<string[]> {
  await mkdir(path.join(BENCH_DIR, 'logs'), { recursive: true })
  await mkdir(path.join(BENCH_DIR, 'out'), { recursive: true })
  progress('generating the minilm fixture model (fp32 and q8, both q8 layouts) and the corpus')
  await generateModel({ preset: 'minilm', quantized: true, outDir: paths.model })
  await generateModel({
    preset: 'minilm',
    quantized: true,
    quantizedLayout: 'matmul-integer',
    outDir: paths.modelMatMulInteger
  })
  return buildCorpus(path.join(REPO_ROOT, 'node_modules'), paths.corpus)
}

async function indexSample(
  run: number,
  key: string,
  options: Omit<IndexRun, 'out' | 'logFile' | 'modelDir' | 'batchSize' | 'cacheDir'> & {
    modelDir?: string
  }
): Promise<Sample> {
  const { measured, stats } = await runEmbedIndex(REPO_ROOT, {
    modelDir: paths.model,
    ...options,
    cacheDir: paths.cache,
    batchSize: BATCH_SIZE,
    out: paths.out(key),
    logFile: paths.log(key, run)
  })
  return {
    wallSeconds: measured.wallSeconds,
    files: stats.files_total,
    chunksEmbedded: stats.chunks_embedded,
    tokensEmbedded: stats.tokens_embedded,
    embedSeconds: stats.embed_seconds,
    workers: stats.workers,
    threads: stats.threads_per_worker,
    peakTreeMB: bytesToMB(measured.memory.peakTreeBytes),
    workerPeaksMB: workerPeaksMB(measured.memory),
    statsFilesPerSecond: stats.files_per_second
  }
}

/** Runs a bench child script (naive or ceiling) under tsx and reads the result it writes. */
async function childSample(
  run: number,
  key: string,
  script: string,
  args: string[]
): Promise<Sample> {
  const resultFile = `${paths.out(key)}.result.json`
  const measured = await runMeasured(
    process.execPath,
    ['--import', 'tsx', path.join(HERE, script), ...args, resultFile],
    { cwd: REPO_ROOT, logFile: paths.log(key, run) }
  )
  const result = JSON.parse(await readFile(resultFile, 'utf8')) as PhaseResult
  return {
    wallSeconds: measured.wallSeconds,
    files: result.files,
    chunksEmbedded: result.chunks,
    tokensEmbedded: result.tokens,
    embedSeconds: result.embedSeconds,
    workers: result.processes ?? 1,
    threads: result.threads ?? 0,
    peakTreeMB: bytesToMB(measured.memory.peakTreeBytes),
    workerPeaksMB: workerPeaksMB(measured.memory)
  }
}

/** Keeps each row's samples in run order, and says what was measured as it goes. */
class Samples {
  readonly byKey = new Map<string, Sample[]>()
  readonly labels = new Map<string, string>()

  async measure(
    run: number,
    key: string,
    label: string,
    take: () => Promise<Sample>
  ): Promise<void> {
    const sample = await take()
    this.labels.set(key, label)
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), sample])
    const f = figures(sample)
    progress(
      `  run ${run}: ${label}: ${f.wallSeconds.toFixed(1)} s, ${f.filesPerSecond.toFixed(1)} files/s, ` +
        `${f.chunksPerSecond.toFixed(1)} chunks/s, peak ${sample.peakTreeMB.toFixed(0)} MB`
    )
  }

  get(key: string): Sample[] {
    return this.byKey.get(key) ?? []
  }
}

export function describeModel(): string {
  const s = PRESETS.minilm
  return (
    `random (seeded) weights with all-MiniLM-L6-v2's shapes: ${s.numHiddenLayers} layers, hidden ${s.hiddenSize}, ` +
    `${s.numAttentionHeads} heads, FFN ${s.intermediateSize}; BERT's uncased WordPiece vocabulary (tools/fixture-model, preset minilm)`
  )
}

/** The process × thread splits that fill the cores exactly: 1×C, ..., C×1. */
function coreSplits(cores: number): { processes: number; threads: number }[] {
  const splits = []
  for (let p = 1; p <= cores; p++)
    if (cores % p === 0) splits.push({ processes: p, threads: cores / p })
  return splits
}

const naiveLabel = 'naive: transformers.js pipeline, 1 process'

function naiveSample(run: number): Promise<Sample> {
  return childSample(run, 'naive', 'naive.ts', [paths.model, paths.chunks])
}

async function saveChunks(key: string): Promise<BenchChunk[]> {
  const chunks = await chunksOfIndex(paths.out(key))
  await writeChunks(paths.chunks, chunks)
  return chunks
}

function corpusSummary(
  chunks: BenchChunk[],
  files: number,
  edited: string[]
): BenchReport['corpus'] {
  return {
    files,
    chunks: chunks.length,
    tokens: chunks.reduce((n, c) => n + c.tokens, 0),
    sources: CORPUS_SOURCES.map(s => s.dir),
    edited
  }
}

/** The q8 rows: each model layout with the graph rewrite (the default) and with --no-fuse. */
const Q8_PAIRS: (Omit<FusePair, 'sameVectors'> & { model: string; suffix: string })[] = [
  {
    fused: 'cold-q8',
    unfused: 'cold-q8-no-fuse',
    layout: 'DynamicQuantizeMatMul layout',
    model: paths.model,
    suffix: ''
  },
  {
    fused: 'cold-q8-mmi',
    unfused: 'cold-q8-mmi-no-fuse',
    layout: 'MatMulInteger layout (transformers.js)',
    model: paths.modelMatMulInteger,
    suffix: ' (MatMulInteger layout)'
  }
]

function medianLimits(perRun: readonly Limits[]): Limits {
  const of = (kernel: keyof Limits, at: 'one' | 'all'): number =>
    median(perRun.map(l => l[kernel][at]))
  return {
    fp32: { one: of('fp32', 'one'), all: of('fp32', 'all') },
    int8: { one: of('int8', 'one'), all: of('int8', 'all') }
  }
}

/** The default bench: naive, ceiling, embed-index cold fp32 and q8, nothing and 1% changed. */
export async function runDefaultBench(runs: number): Promise<BenchReport> {
  const started = performance.now()
  const machine = describeMachine()
  const files = await prepare()
  const edited = await copyWithEdits(paths.corpus, files, paths.changed, CHANGED_FRACTION)
  const splits = coreSplits(machine.cores)
  const samples = new Samples()
  const limits: Limits[] = []
  const pairs = Q8_PAIRS.map(p => ({ ...p, sameVectors: true }))
  let chunks: BenchChunk[] = []
  for (let run = 1; run <= runs; run++) {
    progress(`run ${run} of ${runs}`)
    limits.push(await measureLimits(machine.cores))
    progress(
      `  run ${run}: machine limits, GFLOP/s: ${JSON.stringify(limits[run - 1], (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`
    )
    const cold = () =>
      samples.measure(run, 'cold-fp32', 'embed-index cold, fp32', () =>
        indexSample(run, 'cold-fp32', { root: paths.corpus, dtype: 'fp32' })
      )
    // The same cold run with the line rule, next to it; which of the two goes first alternates
    // from run to run, so that neither gains from the order.
    const lines = () =>
      samples.measure(run, LINES_ROW, 'embed-index cold, fp32, line chunker', () =>
        indexSample(run, LINES_ROW, { root: paths.corpus, dtype: 'fp32', chunker: 'lines' })
      )
    for (const measure of run % 2 === 1 ? [cold, lines] : [lines, cold]) await measure()
    if (run === 1) chunks = await saveChunks('cold-fp32')
    await samples.measure(run, 'naive', naiveLabel, () => naiveSample(run))
    for (const { processes, threads } of splits) {
      const key = `ceiling-${processes}x${threads}`
      await samples.measure(
        run,
        key,
        `ceiling: ONNX Runtime, ${processes} proc × ${threads} thread${threads > 1 ? 's' : ''}`,
        () =>
          childSample(run, key, 'ceiling.ts', [
            paths.model,
            paths.chunks,
            String(processes),
            String(threads),
            String(BATCH_SIZE)
          ])
      )
    }
    for (const pair of pairs) {
      // With and without the graph rewrite, next to each other, the order alternating by run.
      const fused = () =>
        samples.measure(run, pair.fused, `embed-index cold, q8${pair.suffix}`, () =>
          indexSample(run, pair.fused, { root: paths.corpus, dtype: 'q8', modelDir: pair.model })
        )
      const unfused = () =>
        samples.measure(run, pair.unfused, `embed-index cold, q8${pair.suffix}, --no-fuse`, () =>
          indexSample(run, pair.unfused, {
            root: paths.corpus,
            dtype: 'q8',
            modelDir: pair.model,
            fuse: false
          })
        )
      for (const measure of run % 2 === 1 ? [fused, unfused] : [unfused, fused]) await measure()
      const [a, b] = [pair.fused, pair.unfused].map(key =>
        readFile(path.join(paths.out(key), 'vectors.npy'))
      )
      pair.sameVectors &&= (await a).equals(await b)
    }
    await samples.measure(run, 'unchanged', 'embed-index, nothing changed', () =>
      indexSample(run, 'unchanged', {
        root: paths.corpus,
        dtype: 'fp32',
        prior: paths.out('cold-fp32')
      })
    )
    await samples.measure(
      run,
      'changed-1pct',
      `embed-index, 1% changed (${edited.length} files)`,
      () =>
        indexSample(run, 'changed-1pct', {
          root: paths.changed,
          dtype: 'fp32',
          prior: paths.out('cold-fp32')
        })
    )
  }

  const naive = samples.get('naive')
  const ceiling = bestPerRun(splits.map(s => samples.get(`ceiling-${s.processes}x${s.threads}`)))
  const rows = new Map<string, RowResult>()
  const flopsPerToken = weightFlopsPerToken()
  for (const [key, label] of samples.labels) {
    const kernel = key.startsWith('cold-q8') ? 'int8' : 'fp32'
    const limit = {
      gflopsPerRun: limits.map(l => machineLimit(l[kernel], machine.cores)),
      flopsPerToken
    }
    rows.set(key, summarizeRow(key, label, samples.get(key), { naive, ceiling, limit }))
  }
  const cosine = await compareIndexes(paths.out('cold-fp32'), paths.out('cold-q8'))
  progress('chunking figures: syntax vs line chunker')
  const chunking = await compareChunkers(
    paths.model,
    { dir: paths.corpus, files },
    paths.codeCorpus
  )
  const cold = samples.get('cold-fp32')[0]
  machine.loadAverage.end = loadAverageNow()
  return {
    machine,
    model: describeModel(),
    embedIndex: `node lib/cli.js index --batch-size ${BATCH_SIZE} --store-text, workers auto (${cold.workers} × ${cold.threads} threads)`,
    corpus: corpusSummary(chunks, cold.files, edited),
    runs,
    limits: medianLimits(limits),
    rows: [...rows.values()],
    cosine,
    chunking,
    targets: [
      ...evaluateTargets(rows, cosine),
      ...limitTargets(rows, pairs),
      ...chunkerTargets(rows, chunking)
    ],
    totalSeconds: (performance.now() - started) / 1000
  }
}

/** `--workers`: cold fp32 at each worker count (1 always included), against naive. */
export async function runScalingBench(runs: number, requested: number[]): Promise<BenchReport> {
  const started = performance.now()
  const machine = describeMachine()
  await prepare()
  const counts = [1, ...requested.filter(n => n !== 1)]
  const samples = new Samples()
  let chunks: BenchChunk[] = []
  for (let run = 1; run <= runs; run++) {
    progress(`run ${run} of ${runs}`)
    for (const workers of counts) {
      const key = `workers-${workers}`
      await samples.measure(run, key, `embed-index cold, fp32, --workers ${workers}`, () =>
        indexSample(run, key, { root: paths.corpus, dtype: 'fp32', workers })
      )
      if (run === 1 && workers === counts[0]) chunks = await saveChunks(key)
    }
    await samples.measure(run, 'naive', naiveLabel, () => naiveSample(run))
  }

  const naive = samples.get('naive')
  const one = samples.get('workers-1')
  const rows = [...samples.labels].map(([key, label]) =>
    summarizeRow(key, label, samples.get(key), { naive })
  )
  const scaling: ScalingEntry[] = counts.map(requestedCount => {
    const at = samples.get(`workers-${requestedCount}`)
    return {
      requested: requestedCount,
      workers: at[0].workers,
      threadsPerWorker: at[0].threads,
      chunksPerSecond: median(at.map(s => figures(s).chunksPerSecond)),
      efficiency: median(
        at.map(
          (s, run) => figures(s).chunksPerSecond / (s.workers * figures(one[run]).chunksPerSecond)
        )
      )
    }
  })
  machine.loadAverage.end = loadAverageNow()
  return {
    machine,
    model: describeModel(),
    embedIndex: `node lib/cli.js index --batch-size ${BATCH_SIZE} --store-text --workers N`,
    corpus: corpusSummary(chunks, one[0].files, []),
    runs,
    rows,
    targets: [],
    scaling,
    totalSeconds: (performance.now() - started) / 1000
  }
}
