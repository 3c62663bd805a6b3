/**
 * One indexing run, whichever door it came through (action or CLI):
 * scan → reuse what the prior index already has → chunk → embed → write the index → stats.
 */
import { join } from 'node:path'
import {
  FORMAT_VERSION,
  STATS_FILE,
  TOOL_NAME,
  type IndexModel,
  type Manifest
} from '../artifact/index.js'
import { loadPriorIndex, type PriorIndex } from '../artifact/index.js'
import { writeIndex } from '../artifact/index.js'
import { chunkingSettings } from '../chunk/index.js'
import type { IndexConfig } from '../config/index.js'
import { embedAll, type EmbedStats } from '../embed/index.js'
import { EMBEDDING_RECIPE } from '../embed/index.js'
import { pinModel, readModelShape, rememberLocalModel, type PinnedModel } from '../embed/index.js'
import type { WorkerEntry } from '../embed/index.js'
import type { Log } from '../core/index.js'
import { createProgress } from '../report/index.js'
import { computeStats, type RunStats } from '../report/index.js'
import { indexChanges, type IndexChanges } from '../report/index.js'
import { scanRepository, type ScanResult } from '../scan/index.js'
import { writeFileAtomically } from '../util/index.js'
import { errorMessage } from '../util/index.js'
import { TOOL_VERSION } from '../version.js'
import { ModelLoader } from './model.js'
import { prepareOutput } from './output.js'
import { configuredOwnPaths } from './configured-own-paths.js'
import { assembleRows, planRows, type RowPlan } from './plan.js'
import { priorSource } from './prior-source.js'
import { sourceCommit } from './provenance.js'
import { runSettings } from '../artifact/index.js'

interface RunOptions {
  log: Log
  /** The model as the caller already pinned it (the action does, for its cache keys). */
  pinned?: PinnedModel
  /** How to fork embedding workers; the default goes with the running code (worker-process.ts). */
  workerEntry?: WorkerEntry
  progressStream?: NodeJS.WritableStream
}

interface BuildResult {
  manifest: Manifest
  stats: RunStats
  /** The index's stats.json, unless it could not be written (a warning said why). */
  statsFile?: string
  priorUsed: boolean
  /** What the run changed against the prior index it reused from; undefined without one. */
  changes?: IndexChanges
}

/** The vectors of the plan's items and the model they came from. */
interface Embedding {
  model: IndexModel
  vectors: Float32Array
  stats?: EmbedStats
}

export async function buildIndex(config: IndexConfig, options: RunOptions): Promise<BuildResult> {
  const { log } = options
  const started = performance.now()
  await prepareOutput(config)
  const pinned = options.pinned ?? (await pinModel(config.model, log))
  // So that query and serve find a --model-path folder again by the digest the index records.
  await rememberLocalModel(pinned, log)
  const scan = await scanFiles(config, log)
  const prior = await loadPrior(config, pinned, log)
  const model = new ModelLoader(config, pinned, prior, log)
  const chunkProgress = progress(options, 'chunk', 'files', scan.files.length)
  const plan = await planRows(scan.files, prior, config, model, chunkProgress)
  log.info(`chunks: ${plan.rows} total, ${plan.items.length} to embed`)
  const embedding = await embed(plan, prior, model, config, options)
  const { files, rows, vectors } = assembleRows(plan, embedding.vectors, embedding.model.dimension)

  const manifest = await writeIndex(config.output, {
    manifest: {
      format: FORMAT_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      model: embedding.model,
      recipe: EMBEDDING_RECIPE,
      chunking: chunkingSettings(config.maxTokens, config.chunker),
      store_text: config.storeText,
      shard: config.shard ?? null,
      commit: await sourceCommit(config.root),
      files,
      skipped: scan.skipped.map(s => ({ path: s.path, reason: s.reason }))
    },
    rows,
    vectors
  })
  const stats = runStats(scan, plan, embedding.stats, started)
  return {
    manifest,
    stats,
    statsFile: await writeRunStats(config, stats, log),
    priorUsed: prior !== undefined,
    changes: prior && indexChanges(prior.manifest.files, files)
  }
}

async function scanFiles(config: IndexConfig, log: Log): Promise<ScanResult> {
  const scan = await scanRepository({
    root: config.root,
    include: config.include,
    exclude: config.exclude,
    ownPaths: configuredOwnPaths(config),
    gitignore: config.gitignore,
    maxFileBytes: config.maxFileBytes,
    excludeSecrets: config.excludeSecrets,
    shard: config.shard
  })
  log.info(`scan: ${scan.files.length} files to index, ${scan.skipped.length} skipped`)
  // The kind of credential a file's content showed, never the credential; paths as JSON strings,
  // so that a name cannot start a line of its own (a workflow command) in the log.
  const secrets = scan.skipped.filter(skip => skip.reason === 'secret' && skip.detail)
  if (secrets.length > 0) {
    const named = secrets.map(skip => `${JSON.stringify(skip.path)} (${skip.detail})`)
    log.info(`scan: skipped for a credential in their text: ${named.join(', ')}`)
  }
  if (scan.files.length === 0) {
    log.warning(
      `no files to index under ${config.root}: check include / exclude (the index will be empty)`
    )
  }
  return scan
}

/** The prior index of an incremental run, when there is one that fits this run's settings. */
async function loadPrior(
  config: IndexConfig,
  pinned: PinnedModel,
  log: Log
): Promise<PriorIndex | undefined> {
  const source = await priorSource(config)
  if (source === undefined) return undefined
  // A local model's dimension is known without loading it: a prior of another is ignored.
  // An unreadable model folder is reported, naming its missing files, when resolved.
  const dimension = pinned.path
    ? await readModelShape(pinned.path).then(
        shape => shape.dimension,
        () => undefined
      )
    : undefined
  const loaded = await loadPriorIndex(source.dir, {
    settings: runSettings(chunkingSettings(config.maxTokens, config.chunker), pinned, dimension),
    storeText: config.storeText
  })
  if (!loaded.prior) {
    if (source.isOutput) {
      log.info(`the index in ${source.dir} is not reused (${loaded.reason}); rebuilding it in full`)
    } else {
      log.warning(`prior index ${source.dir} not used: ${loaded.reason}; embedding everything`)
    }
    return undefined
  }
  const files = loaded.prior.manifest.files.length
  log.info(
    source.isOutput
      ? `reusing the index in ${source.dir} as prior: ${files} files`
      : `prior index: ${source.dir}`
  )
  return loaded.prior
}

/**
 * Embeds the plan's items. With nothing to embed the model's identity comes from the prior, so no
 * model is loaded; without a prior, the model is loaded for its dimension even for an empty index.
 */
async function embed(
  plan: RowPlan,
  prior: PriorIndex | undefined,
  model: ModelLoader,
  config: IndexConfig,
  options: RunOptions
): Promise<Embedding> {
  if (plan.items.length === 0 && prior) {
    return { model: prior.manifest.model, vectors: new Float32Array(0) }
  }
  const { model: resolved } = await model.load()
  const identity: IndexModel = {
    id: resolved.id,
    revision: resolved.revision,
    commit: resolved.commit,
    // The key only where there is a digest: a hub model's manifest stays as it always was.
    ...(resolved.sha256 !== undefined ? { sha256: resolved.sha256 } : {}),
    dtype: resolved.dtype,
    dimension: resolved.dimension
  }
  if (plan.items.length === 0) return { model: identity, vectors: new Float32Array(0) }
  const embedProgress = progress(options, 'embed', 'chunks', plan.items.length)
  const result = await embedAll(plan.items, {
    model: resolved,
    workers: config.workers,
    batchSize: config.batchSize,
    workerEntry: options.workerEntry,
    onProgress: done => embedProgress.update(done),
    log: options.log
  })
  embedProgress.finish()
  return { model: identity, vectors: result.vectors, stats: result.stats }
}

/**
 * The run's figures into the index's stats.json and the --stats-json file. The index is written
 * by now: failing to write its figures (a full disk) is a warning, never a failed run.
 */
async function writeRunStats(
  config: IndexConfig,
  stats: RunStats,
  log: Log
): Promise<string | undefined> {
  const indexStats = join(config.output, STATS_FILE)
  let written: string | undefined
  for (const file of [indexStats, config.statsJson]) {
    if (file === undefined) continue
    try {
      await writeFileAtomically(file, JSON.stringify(stats, null, 2) + '\n')
      if (file === indexStats) written = file
    } catch (error) {
      log.warning(
        `could not write the run's figures to ${file} (${errorMessage(error)}); the index is whole`
      )
    }
  }
  return written
}

function progress(options: RunOptions, label: string, unit: string, total: number) {
  return createProgress({ label, unit, total, stream: options.progressStream })
}

function runStats(
  scan: ScanResult,
  plan: RowPlan,
  embedded: EmbedStats | undefined,
  started: number
): RunStats {
  const skippedByReason: Record<string, number> = {}
  for (const s of scan.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1
  return computeStats({
    files_total: plan.files.length,
    files_embedded: plan.files.filter(file => file.embedded).length,
    files_skipped: scan.skipped.length,
    chunks_total: plan.rows,
    chunks_embedded: plan.items.length,
    tokens_embedded: plan.items.reduce((n, item) => n + item.tokens, 0),
    workers: embedded?.workers ?? 0,
    threads_per_worker: embedded?.threadsPerWorker ?? 0,
    wall_seconds: (performance.now() - started) / 1000,
    model_load_seconds: embedded?.modelLoadSeconds ?? 0,
    embed_seconds: embedded?.embedSeconds ?? 0,
    per_worker: (embedded?.perWorker ?? []).map(w => ({
      worker: w.worker,
      chunks: w.items,
      tokens: w.tokens,
      busy_seconds: w.busySeconds
    })),
    skipped_by_reason: skippedByReason,
    files_by_chunker: plan.filesByChunker
  })
}
