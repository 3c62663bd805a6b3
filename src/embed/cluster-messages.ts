import type { EmbedItem, PlannedBatch } from './batch-plan.js'
import type { PoolFailure, PoolWarning, WorkerStop } from './process-pool.js'
import {
  describeExit,
  looksOutOfMemory,
  mentionsOutOfMemory,
  OUT_OF_MEMORY_ADVICE
} from './worker-exit.js'

/** The embedding pool's warnings and failures in words, naming the files of the batch. */
export class ClusterMessages {
  constructor(
    private readonly items: readonly EmbedItem[],
    private readonly plan: readonly PlannedBatch[]
  ) {}

  warning(warning: PoolWarning): string {
    const worker = `Embedding worker ${warning.worker} ${describeStop(warning.stop)}`
    switch (warning.kind) {
      case 'stopped-idle':
        return `${worker} while idle`
      case 'task-retried':
        return (
          `${worker} while embedding chunks of ${this.labels(warning.task)}; ` +
          `running them again (attempt ${warning.attempt} of ${warning.maxAttempts})`
        )
      case 'tasks-isolated':
        return (
          `${worker} with ${warning.tasks.length} batches in flight (chunks of ` +
          `${warning.tasks.map(task => this.labels(task)).join('; ')}); running each again alone`
        )
      case 'start-failed':
        return `${worker}; going on with ${warning.workersLeft} worker(s)`
      case 'no-worker-left':
        return (
          `${worker}; no worker is left, so the remaining ` +
          `${warning.tasksLeft} batch(es) run in-process`
        )
    }
  }

  failure(failure: PoolFailure): string {
    switch (failure.kind) {
      case 'task-failed':
        return (
          `Embedding chunks of ${this.labels(failure.task)} failed in worker ${failure.worker}: ` +
          failure.message +
          (mentionsOutOfMemory(failure.message) ? `. ${OUT_OF_MEMORY_ADVICE}` : '')
        )
      case 'task-kept-killing':
        return (
          `Embedding chunks of ${this.labels(failure.task)} failed: the worker running them died ` +
          `${failure.stops.length} times (${failure.stops.map(describeStop).join('; ')})` +
          (failure.stops.some(diedOfMemory) ? `. ${OUT_OF_MEMORY_ADVICE}` : '')
        )
      case 'out-of-order':
        return `worker ${failure.worker} answered batch ${failure.task} while running ${failure.running}`
      case 'result-rejected':
        return failure.message
    }
  }

  /** The batch's distinct labels (file paths); long lists are cut. */
  private labels(batch: number): string {
    const labels = [...new Set(this.plan[batch].items.map(item => this.items[item].label))]
    const shown = labels.slice(0, 5).join(', ')
    return labels.length > 5 ? `${shown} and ${labels.length - 5} more` : shown
  }
}

function describeStop(stop: WorkerStop): string {
  switch (stop.kind) {
    case 'start-timeout':
      return `did not load the model within ${stop.ms / 1000} s`
    case 'start-failed':
      return `could not load the model: ${stop.message}`
    case 'task-timeout':
      return `did not finish a batch within ${stop.ms / 1000} s`
    case 'exited':
      return describeExit(stop.exit)
  }
}

/** A death of its own (a kill of ours is no sign of memory) that looks like memory exhaustion. */
function diedOfMemory(stop: WorkerStop): boolean {
  return stop.kind === 'exited' && looksOutOfMemory(stop.exit)
}
