import { availableParallelism } from 'node:os'
import type { Log } from '../core/index.js'
import { VectorAssembly, type WorkerStats } from './assembly.js'
import { planBatches, type EmbedItem, type PlannedBatch } from './batch-plan.js'
import { ClusterMessages } from './cluster-messages.js'
import { embedInProcess } from './in-process.js'
import type { ResolvedModel } from './model-source.js'
import { runPool, type PoolWorker, type PoolWorkerEvents } from './process-pool.js'
import type { WorkerInit } from './protocol.js'
import { defaultWorkerEntry, WorkerProcess, type WorkerEntry } from './worker-process.js'

export interface EmbedOptions {
  model: ResolvedModel
  /** Worker processes: 'auto' = one per usable core; more than the cores are clamped. */
  workers: number | 'auto'
  batchSize: number
  /** How to fork a worker; default dist/worker.js beside the bundle. */
  workerEntry?: WorkerEntry
  /** Per-batch time limit; default max(120 s, 10 ms per token in the batch). */
  batchTimeoutMs?: number
  onProgress?: (doneItems: number, totalItems: number) => void
  log?: Log
}

export interface EmbedStats {
  /** Forked workers that ran; 0 = everything ran in-process. */
  workers: number
  threadsPerWorker: number
  modelLoadSeconds: number
  embedSeconds: number
  perWorker: WorkerStats[]
}

interface EmbedResult {
  /** items.length × dimension, row-major, in items order. */
  vectors: Float32Array
  dimension: number
  stats: EmbedStats
}

// Fewer items than two full batches run in-process: forking and loading the model in every
// worker costs more than such a job can win back.
const IN_PROCESS_BELOW_BATCHES = 2
const MIN_BATCH_TIMEOUT_MS = 120_000
// About 50 times what one thread of a MiniLM-sized model needs per token.
const BATCH_TIMEOUT_MS_PER_TOKEN = 10
// ONNX Runtime intra-op threads per worker (and in-process): one process per core beat one
// process with a thread per core on the same machine, and keeps workers × threads within the
// cores. The vectors do not depend on it.
const THREADS_PER_WORKER = 1

/**
 * The number of workers to fork: 'auto' is one per usable core, and more than the cores would
 * only oversubscribe them, so that is clamped with a warning.
 */
function resolveWorkers(requested: number | 'auto', log?: Log): number {
  const cores = availableParallelism()
  if (requested === 'auto') return cores
  if (requested > cores) {
    log?.warning(`workers ${requested} is more than the ${cores} usable cores; using ${cores}`)
    return cores
  }
  return requested
}

interface RunOutcome {
  workers: number
  modelLoadSeconds: number
  embedStartedAt: number
}

/**
 * Embeds every item, in a pool of forked worker processes or in-process for small jobs, and
 * returns the vectors in items order. The vectors are the same bits whatever the number of
 * workers and whichever worker ran which batch (see ./batch-plan.ts).
 */
export async function embedAll(items: EmbedItem[], options: EmbedOptions): Promise<EmbedResult> {
  const threads = THREADS_PER_WORKER
  const { model } = options
  const plan = planBatches(items, options.batchSize)
  const assembly = new VectorAssembly(items, plan, model.dimension, options.onProgress)
  const allBatches = plan.map((_, batch) => batch)

  let outcome: RunOutcome = { workers: 0, modelLoadSeconds: 0, embedStartedAt: performance.now() }
  if (plan.length > 0 && items.length < IN_PROCESS_BELOW_BATCHES * options.batchSize) {
    const run = await embedInProcess(allBatches, plan, items, model, threads, assembly)
    outcome = { workers: 0, modelLoadSeconds: run.loadSeconds, embedStartedAt: run.embedStartedAt }
  } else if (plan.length > 0) {
    const workers = Math.min(resolveWorkers(options.workers, options.log), plan.length)
    options.log?.info(
      `Embedding ${items.length} chunks in ${plan.length} batches with ${workers} worker(s) × ${threads} thread(s)`
    )
    outcome = await embedInPool(items, plan, assembly, options, workers, threads)
  }
  const embedSeconds = (performance.now() - outcome.embedStartedAt) / 1000
  assembly.verifyComplete()
  return {
    vectors: assembly.vectors,
    dimension: model.dimension,
    stats: {
      workers: outcome.workers,
      threadsPerWorker: threads,
      modelLoadSeconds: outcome.modelLoadSeconds,
      embedSeconds,
      perWorker: assembly.perWorker()
    }
  }
}

/** A batch's vectors as a worker sends them back. */
interface BatchVectors {
  vectors: Float32Array
  busySeconds: number
}

/**
 * Embeds the batches in a pool of forked worker processes (./process-pool.ts); should no worker
 * start at all, the batches left run in-process.
 */
async function embedInPool(
  items: readonly EmbedItem[],
  plan: readonly PlannedBatch[],
  assembly: VectorAssembly,
  options: EmbedOptions,
  workers: number,
  threads: number
): Promise<RunOutcome> {
  const entry = options.workerEntry ?? defaultWorkerEntry()
  const init: WorkerInit = { model: options.model, threads }
  const messages = new ClusterMessages(items, plan)
  const pool = await runPool<PlannedBatch, BatchVectors>({
    tasks: plan,
    size: workers,
    startWorker: events => startEmbeddingWorker(entry, init, items, events),
    taskTimeoutMs: batch =>
      options.batchTimeoutMs ??
      Math.max(
        MIN_BATCH_TIMEOUT_MS,
        BATCH_TIMEOUT_MS_PER_TOKEN * batch.tokens * batch.items.length
      ),
    // Every worker that got ready is listed in the stats, even one that finished no batch.
    onWorkerReady: worker => assembly.statsOf(worker),
    accept: (batch, { vectors, busySeconds }, worker) =>
      assembly.fill(batch, vectors, worker, busySeconds),
    onWarning: warning => options.log?.warning(messages.warning(warning)),
    explain: failure => messages.failure(failure)
  })
  let modelLoadSeconds = pool.startSeconds
  let embedStartedAt = pool.firstTaskAt
  if (pool.unfinished.length > 0) {
    const run = await embedInProcess(pool.unfinished, plan, items, options.model, threads, assembly)
    modelLoadSeconds = Math.max(modelLoadSeconds, run.loadSeconds)
    embedStartedAt ??= run.embedStartedAt
  }
  return {
    workers: pool.workersReady,
    modelLoadSeconds,
    embedStartedAt: embedStartedAt ?? performance.now()
  }
}

/** Forks one embedding worker and speaks the pool's terms over its messages (./protocol.ts). */
function startEmbeddingWorker(
  entry: WorkerEntry,
  init: WorkerInit,
  items: readonly EmbedItem[],
  events: PoolWorkerEvents<BatchVectors>
): PoolWorker<PlannedBatch> {
  const child = new WorkerProcess(entry, init, {
    onMessage: message => {
      switch (message.type) {
        case 'ready':
          return events.ready()
        case 'load-failed':
          return events.startFailed(message.message)
        case 'vectors':
          return events.done(message.batch, message)
        case 'batch-failed':
          return events.taskFailed(message.batch, message.message)
      }
    },
    onExit: exit => events.exited(exit)
  })
  return {
    run: (batch, { items: batchItems }) =>
      child.embed(
        batch,
        batchItems.map(item => items[item].text)
      ),
    kill: () => child.kill(),
    closed: child.closed
  }
}
