import { availableParallelism } from 'node:os'
import type { Log } from '../core/index.js'
import { errorMessage } from '../util/index.js'
import { VectorAssembly, type WorkerStats } from './assembly.js'
import { planBatches, type EmbedItem, type PlannedBatch } from './batch-plan.js'
import { embedInProcess } from './in-process.js'
import type { ResolvedModel } from './model-source.js'
import type { FromWorker } from './protocol.js'
import {
  describeExit,
  looksOutOfMemory,
  mentionsOutOfMemory,
  OUT_OF_MEMORY_ADVICE,
  type WorkerExit
} from './worker-exit.js'
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

export interface EmbedResult {
  /** items.length × dimension, row-major, in items order. */
  vectors: Float32Array
  dimension: number
  stats: EmbedStats
}

// Fewer items than two full batches run in-process: forking and loading the model in every
// worker costs more than such a job can win back.
const IN_PROCESS_BELOW_BATCHES = 2
// A batch whose worker dies this many times fails the run rather than killing workers forever.
const MAX_BATCH_ATTEMPTS = 3
const MIN_BATCH_TIMEOUT_MS = 120_000
// About 50 times what one thread of a MiniLM-sized model needs per token.
const BATCH_TIMEOUT_MS_PER_TOKEN = 10
const LOAD_TIMEOUT_MS = 300_000
const BATCHES_IN_FLIGHT = 2
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
    outcome = await new ClusterRun(items, plan, assembly, options, workers, threads).run()
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

interface RunOutcome {
  workers: number
  modelLoadSeconds: number
  embedStartedAt: number
}

interface Slot {
  /** 1..N; a replacement takes over the number of the worker it replaces. */
  number: number
  process: WorkerProcess
  ready: boolean
  /** Batches sent to it, oldest first: the first is running, the rest wait in its queue. */
  batches: number[]
  timer?: NodeJS.Timeout
  /** Why we killed it (timeout, failed load); its exit is then reported with this reason. */
  killReason?: string
  /** performance.now() at fork: loading counts from here (process start, imports, model). */
  spawnedAt: number
}

/**
 * One run of the worker pool: a pull queue (an idle worker is handed the next batch), a dead or
 * hung worker's batch re-queued and the worker replaced, a batch that keeps killing workers
 * failing the run, and an in-process fallback when no worker can be started.
 */
class ClusterRun {
  private readonly pending: number[]
  private readonly deaths = new Map<number, { reasons: string[]; outOfMemory: boolean }>()
  private readonly slots = new Set<Slot>()
  private readonly everReady = new Set<number>()
  private readonly entry: WorkerEntry
  private remaining: number
  private modelLoadSeconds = 0
  private embedStartedAt?: number
  private settled = false
  private resolve!: (outcome: RunOutcome) => void
  private reject!: (error: Error) => void

  constructor(
    private readonly items: readonly EmbedItem[],
    private readonly plan: readonly PlannedBatch[],
    private readonly assembly: VectorAssembly,
    private readonly options: EmbedOptions,
    private readonly workers: number,
    private readonly threads: number
  ) {
    this.pending = plan.map((_, batch) => batch)
    this.remaining = plan.length
    this.entry = options.workerEntry ?? defaultWorkerEntry()
  }

  run(): Promise<RunOutcome> {
    return new Promise((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
      for (let number = 1; number <= this.workers; number++) this.spawn(number)
    })
  }

  private spawn(number: number): void {
    const init = { model: this.options.model, threads: this.threads }
    const slot: Slot = {
      number,
      ready: false,
      batches: [],
      spawnedAt: performance.now(),
      process: new WorkerProcess(this.entry, init, {
        onMessage: message => this.onMessage(slot, message),
        onExit: exit => this.onExit(slot, exit)
      })
    }
    this.slots.add(slot)
    slot.timer = setTimeout(
      () => this.kill(slot, `did not load the model within ${LOAD_TIMEOUT_MS / 1000} s`),
      LOAD_TIMEOUT_MS
    )
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if (this.settled || slot.killReason !== undefined) return
    switch (message.type) {
      case 'ready':
        clearTimeout(slot.timer)
        slot.ready = true
        this.everReady.add(slot.number)
        this.assembly.statsOf(slot.number)
        this.modelLoadSeconds = Math.max(
          this.modelLoadSeconds,
          (performance.now() - slot.spawnedAt) / 1000
        )
        this.dispatch(slot)
        break
      case 'load-failed':
        this.kill(slot, `could not load the model: ${message.message}`)
        break
      case 'vectors':
        this.onVectors(slot, message.batch, message.vectors, message.busySeconds)
        break
      case 'batch-failed': {
        const advice = mentionsOutOfMemory(message.message)
        this.fail(
          `Embedding chunks of ${this.labels(message.batch)} failed in worker ${slot.number}: ` +
            `${message.message}${advice ? `. ${OUT_OF_MEMORY_ADVICE}` : ''}`
        )
        break
      }
    }
  }

  /**
   * Keeps BATCHES_IN_FLIGHT batches with the worker, so it starts the next one the moment it
   * finishes one instead of waiting a round trip for it; the queue stays pull-based.
   */
  private dispatch(slot: Slot): void {
    while (slot.batches.length < BATCHES_IN_FLIGHT) {
      const batch = this.pending.shift()
      if (batch === undefined) return
      slot.batches.push(batch)
      this.embedStartedAt ??= performance.now()
      slot.process.embed(
        batch,
        this.plan[batch].items.map(item => this.items[item].text)
      )
      if (slot.batches.length === 1) this.startBatchTimer(slot)
    }
  }

  /** Times the batch the worker is running now (the first it holds). */
  private startBatchTimer(slot: Slot): void {
    const { items, tokens } = this.plan[slot.batches[0]]
    const timeoutMs =
      this.options.batchTimeoutMs ??
      Math.max(MIN_BATCH_TIMEOUT_MS, BATCH_TIMEOUT_MS_PER_TOKEN * tokens * items.length)
    slot.timer = setTimeout(
      () => this.kill(slot, `did not finish a batch within ${timeoutMs / 1000} s`),
      timeoutMs
    )
  }

  private onVectors(slot: Slot, batch: number, vectors: Float32Array, busySeconds: number): void {
    if (batch !== slot.batches[0]) {
      this.fail(`worker ${slot.number} answered batch ${batch} while running ${slot.batches[0]}`)
      return
    }
    clearTimeout(slot.timer)
    slot.batches.shift()
    if (slot.batches.length > 0) this.startBatchTimer(slot)
    try {
      this.assembly.fill(batch, vectors, slot.number, busySeconds)
    } catch (error) {
      this.fail(errorMessage(error))
      return
    }
    this.remaining--
    if (this.remaining === 0) this.finish()
    else this.dispatch(slot)
  }

  private kill(slot: Slot, reason: string): void {
    slot.killReason = reason
    slot.process.kill()
  }

  private onExit(slot: Slot, exit: WorkerExit): void {
    clearTimeout(slot.timer)
    this.slots.delete(slot)
    // Once the run is settled, exits are the shutdown's own kills.
    if (this.settled) return
    const reason = slot.killReason ?? describeExit(exit)
    if (slot.batches.length > 0) {
      const [running, ...queued] = slot.batches
      // Only the running batch counts a death; the queued ones go back as they were.
      this.pending.unshift(...queued)
      this.onBatchDeath(slot, running, reason, !slot.killReason && looksOutOfMemory(exit))
    } else if (!slot.ready) {
      this.onStartFailure(slot, reason)
    } else {
      this.options.log?.warning(`Embedding worker ${slot.number} ${reason} while idle`)
      if (this.pending.length > 0) this.spawn(slot.number)
    }
  }

  private onBatchDeath(slot: Slot, batch: number, reason: string, outOfMemory: boolean): void {
    const deaths = this.deaths.get(batch) ?? { reasons: [], outOfMemory: false }
    deaths.reasons.push(reason)
    deaths.outOfMemory ||= outOfMemory
    this.deaths.set(batch, deaths)
    if (deaths.reasons.length >= MAX_BATCH_ATTEMPTS) {
      this.fail(
        `Embedding chunks of ${this.labels(batch)} failed: the worker running them died ` +
          `${deaths.reasons.length} times (${deaths.reasons.join('; ')})` +
          (deaths.outOfMemory ? `. ${OUT_OF_MEMORY_ADVICE}` : '')
      )
      return
    }
    this.options.log?.warning(
      `Embedding worker ${slot.number} ${reason} while embedding chunks of ${this.labels(batch)}; ` +
        `running them again (attempt ${deaths.reasons.length + 1} of ${MAX_BATCH_ATTEMPTS})`
    )
    this.pending.unshift(batch)
    this.dispatchToIdle()
    this.spawn(slot.number)
  }

  /**
   * Hands re-queued work to the live workers: a ready worker asks for work only when it
   * finishes a batch, so one that is already idle would otherwise never see it.
   */
  private dispatchToIdle(): void {
    for (const slot of this.slots) {
      if (slot.ready && slot.killReason === undefined) this.dispatch(slot)
    }
  }

  private onStartFailure(slot: Slot, reason: string): void {
    if (this.slots.size > 0) {
      this.options.log?.warning(
        `Embedding worker ${slot.number} ${reason}; going on with ${this.slots.size} worker(s)`
      )
      this.dispatchToIdle()
      return
    }
    this.options.log?.warning(
      `Embedding worker ${slot.number} ${reason}; no worker is left, so the remaining ` +
        `${this.pending.length} batch(es) run in-process`
    )
    const batches = this.pending.splice(0)
    embedInProcess(
      batches,
      this.plan,
      this.items,
      this.options.model,
      this.threads,
      this.assembly
    ).then(
      run => {
        this.modelLoadSeconds = Math.max(this.modelLoadSeconds, run.loadSeconds)
        this.embedStartedAt ??= run.embedStartedAt
        this.remaining -= batches.length
        this.finish()
      },
      error => this.fail(errorMessage(error))
    )
  }

  /** The batch's distinct labels (file paths), for messages; long lists are cut. */
  private labels(batch: number): string {
    const labels = [...new Set(this.plan[batch].items.map(item => this.items[item].label))]
    const shown = labels.slice(0, 5).join(', ')
    return labels.length > 5 ? `${shown} and ${labels.length - 5} more` : shown
  }

  private finish(): void {
    this.settle(() =>
      this.resolve({
        workers: this.everReady.size,
        modelLoadSeconds: this.modelLoadSeconds,
        embedStartedAt: this.embedStartedAt ?? performance.now()
      })
    )
  }

  private fail(message: string): void {
    this.settle(() => this.reject(new Error(message)))
  }

  /** Ends the run once: every worker is killed and gone before the caller hears the outcome. */
  private settle(report: () => void): void {
    if (this.settled) return
    this.settled = true
    const closing = [...this.slots].map(slot => {
      clearTimeout(slot.timer)
      slot.process.kill()
      return slot.process.closed
    })
    void Promise.all(closing).then(report)
  }
}
