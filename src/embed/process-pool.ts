import { errorMessage } from '../util/index.js'
import type { WorkerExit } from './worker-exit.js'

// A worker that is not ready this long after it was started is killed as hung.
const START_TIMEOUT_MS = 300_000
// A task whose worker dies this many times fails the run rather than killing workers forever.
const MAX_TASK_ATTEMPTS = 3
// Tasks handed to one worker at a time: the one it runs and the one it starts next.
const TASKS_IN_FLIGHT = 2

/** What a started worker says to the pool. */
export interface PoolWorkerEvents<Result> {
  ready(): void
  /** It could not get ready (the pool kills it). */
  startFailed(message: string): void
  done(task: number, result: Result): void
  /** It ran the task and the task itself failed: running it elsewhere would fail the same. */
  taskFailed(task: number, message: string): void
  /** Called once, after the process is gone. */
  exited(exit: WorkerExit): void
}

/** One started worker process, as the pool drives it. */
export interface PoolWorker<Task> {
  /** Queues a task with the worker; tasks are run in the order given. */
  run(task: number, input: Task): void
  kill(): void
  /** Settles once the process is gone. */
  readonly closed: Promise<void>
}

/** Why a worker stopped. */
export type WorkerStop =
  | { kind: 'start-timeout'; ms: number }
  | { kind: 'start-failed'; message: string }
  | { kind: 'task-timeout'; ms: number }
  /** It died on its own (the pool did not kill it). */
  | { kind: 'exited'; exit: WorkerExit }

/** What the pool got over without failing the run. */
export type PoolWarning =
  | { kind: 'stopped-idle'; worker: number; stop: WorkerStop }
  | {
      kind: 'task-retried'
      worker: number
      task: number
      stop: WorkerStop
      attempt: number
      maxAttempts: number
    }
  /**
   * A worker died with several tasks in flight: which one killed it is not known (the results it
   * sent last may not have crossed before it died), so each runs again alone, charged nothing.
   */
  | { kind: 'tasks-isolated'; worker: number; tasks: number[]; stop: WorkerStop }
  | { kind: 'start-failed'; worker: number; stop: WorkerStop; workersLeft: number }
  /** The pool gives up and returns the tasks left as unfinished. */
  | { kind: 'no-worker-left'; worker: number; stop: WorkerStop; tasksLeft: number }

/** What fails the run. */
export type PoolFailure =
  | { kind: 'task-failed'; worker: number; task: number; message: string }
  | { kind: 'task-kept-killing'; task: number; stops: WorkerStop[] }
  | { kind: 'out-of-order'; worker: number; task: number; running: number }
  | { kind: 'result-rejected'; message: string }

interface PoolOptions<Task, Result> {
  tasks: readonly Task[]
  /** Workers to start; a replacement takes over the number (1..size) of the worker it replaces. */
  size: number
  startWorker(events: PoolWorkerEvents<Result>): PoolWorker<Task>
  /** Time limit of one task, counted from when its worker starts running it. */
  taskTimeoutMs(task: Task): number
  onWorkerReady(worker: number): void
  /** Takes a task's result; what it throws fails the run. */
  accept(task: number, result: Result, worker: number): void
  onWarning(warning: PoolWarning): void
  /** The run's error message for a failure. */
  explain(failure: PoolFailure): string
}

interface PoolOutcome {
  /** Workers (by number) that ever got ready. */
  workersReady: number
  /** The longest time a worker took from start to ready. */
  startSeconds: number
  /** performance.now() when the first task was handed out, if one was. */
  firstTaskAt?: number
  /** Tasks left when no worker could be started, for the caller to run another way. */
  unfinished: number[]
}

interface Slot<Task> {
  number: number
  worker: PoolWorker<Task>
  ready: boolean
  /** Tasks handed to it, oldest first: the first is running, the rest wait in its queue. */
  tasks: number[]
  timer?: NodeJS.Timeout
  /** Set when the pool killed it: its exit is then reported as this. */
  stop?: WorkerStop
  /** performance.now() at start: getting ready counts from here. */
  startedAt: number
}

/**
 * Runs every task once in a pool of worker processes: a pull queue (a worker is handed the next
 * task when it finishes one), a dead or hung worker's task re-queued and the worker replaced, a
 * task that keeps killing workers failing the run. Every worker is gone before the run settles.
 */
export function runPool<Task, Result>(options: PoolOptions<Task, Result>): Promise<PoolOutcome> {
  return new PoolRun(options).run()
}

class PoolRun<Task, Result> {
  private readonly pending: number[]
  private readonly stopsOf = new Map<number, WorkerStop[]>()
  /** Tasks in flight beside others when a worker died: each runs alone until it finishes. */
  private readonly suspects = new Set<number>()
  private readonly slots = new Set<Slot<Task>>()
  private readonly everReady = new Set<number>()
  private remaining: number
  private startSeconds = 0
  private firstTaskAt?: number
  private settled = false
  private resolve!: (outcome: PoolOutcome) => void
  private reject!: (error: Error) => void

  constructor(private readonly options: PoolOptions<Task, Result>) {
    this.pending = options.tasks.map((_, task) => task)
    this.remaining = options.tasks.length
  }

  run(): Promise<PoolOutcome> {
    return new Promise((resolve, reject) => {
      this.resolve = resolve
      this.reject = reject
      for (let number = 1; number <= this.options.size; number++) this.start(number)
    })
  }

  private start(number: number): void {
    // A worker's messages count only until the run is settled or the pool kills it.
    const heard =
      <Args extends unknown[]>(handle: (...args: Args) => void) =>
      (...args: Args) => {
        if (!this.settled && slot.stop === undefined) handle(...args)
      }
    const slot: Slot<Task> = {
      number,
      ready: false,
      tasks: [],
      startedAt: performance.now(),
      worker: this.options.startWorker({
        ready: heard(() => this.onReady(slot)),
        startFailed: heard(message => this.kill(slot, { kind: 'start-failed', message })),
        done: heard((task, result) => this.onDone(slot, task, result)),
        taskFailed: heard((task, message) =>
          this.fail({ kind: 'task-failed', worker: number, task, message })
        ),
        exited: exit => this.onExit(slot, exit)
      })
    }
    this.slots.add(slot)
    slot.timer = setTimeout(
      () => this.kill(slot, { kind: 'start-timeout', ms: START_TIMEOUT_MS }),
      START_TIMEOUT_MS
    )
  }

  private onReady(slot: Slot<Task>): void {
    clearTimeout(slot.timer)
    slot.ready = true
    this.everReady.add(slot.number)
    this.options.onWorkerReady(slot.number)
    this.startSeconds = Math.max(this.startSeconds, (performance.now() - slot.startedAt) / 1000)
    this.dispatch(slot)
  }

  /**
   * Keeps TASKS_IN_FLIGHT tasks with the worker, so it starts the next one the moment it
   * finishes one instead of waiting a round trip for it; the queue stays pull-based.
   */
  private dispatch(slot: Slot<Task>): void {
    while (slot.tasks.length < TASKS_IN_FLIGHT) {
      // A suspect runs alone: nothing goes beside it, and it goes only to an empty worker.
      if (slot.tasks.some(task => this.suspects.has(task))) return
      const next =
        slot.tasks.length === 0 ? 0 : this.pending.findIndex(task => !this.suspects.has(task))
      if (next < 0 || next >= this.pending.length) return
      const [task] = this.pending.splice(next, 1)
      slot.tasks.push(task)
      this.firstTaskAt ??= performance.now()
      slot.worker.run(task, this.options.tasks[task])
      if (slot.tasks.length === 1) this.startTaskTimer(slot)
    }
  }

  /** Times the task the worker is running now (the first it holds). */
  private startTaskTimer(slot: Slot<Task>): void {
    const ms = this.options.taskTimeoutMs(this.options.tasks[slot.tasks[0]])
    slot.timer = setTimeout(() => this.kill(slot, { kind: 'task-timeout', ms }), ms)
  }

  private onDone(slot: Slot<Task>, task: number, result: Result): void {
    const running = slot.tasks[0]
    if (task !== running) {
      this.fail({ kind: 'out-of-order', worker: slot.number, task, running })
      return
    }
    clearTimeout(slot.timer)
    slot.tasks.shift()
    this.suspects.delete(task)
    if (slot.tasks.length > 0) this.startTaskTimer(slot)
    try {
      this.options.accept(task, result, slot.number)
    } catch (error) {
      this.fail({ kind: 'result-rejected', message: errorMessage(error) })
      return
    }
    this.remaining--
    if (this.remaining === 0) this.finish([])
    else this.dispatch(slot)
  }

  private kill(slot: Slot<Task>, stop: WorkerStop): void {
    slot.stop = stop
    slot.worker.kill()
  }

  private onExit(slot: Slot<Task>, exit: WorkerExit): void {
    clearTimeout(slot.timer)
    this.slots.delete(slot)
    // Once the run is settled, exits are the shutdown's own kills.
    if (this.settled) return
    const stop = slot.stop ?? { kind: 'exited', exit }
    if (slot.tasks.length === 1 || stop.kind === 'task-timeout') {
      // The timer times the running task: a timeout is its own, the queued ones go back as they were.
      const [running, ...queued] = slot.tasks
      this.pending.unshift(...queued)
      this.onTaskDeath(slot, running, stop)
    } else if (slot.tasks.length > 1) {
      const tasks = slot.tasks
      for (const task of tasks) this.suspects.add(task)
      this.pending.unshift(...tasks)
      this.options.onWarning({ kind: 'tasks-isolated', worker: slot.number, tasks, stop })
      this.dispatchToIdle()
      this.start(slot.number)
    } else if (!slot.ready) {
      this.onStartFailure(slot, stop)
    } else {
      this.options.onWarning({ kind: 'stopped-idle', worker: slot.number, stop })
      if (this.pending.length > 0) this.start(slot.number)
    }
  }

  private onTaskDeath(slot: Slot<Task>, task: number, stop: WorkerStop): void {
    const stops = [...(this.stopsOf.get(task) ?? []), stop]
    this.stopsOf.set(task, stops)
    if (stops.length >= MAX_TASK_ATTEMPTS) {
      this.fail({ kind: 'task-kept-killing', task, stops })
      return
    }
    this.options.onWarning({
      kind: 'task-retried',
      worker: slot.number,
      task,
      stop,
      attempt: stops.length + 1,
      maxAttempts: MAX_TASK_ATTEMPTS
    })
    this.pending.unshift(task)
    this.dispatchToIdle()
    this.start(slot.number)
  }

  /**
   * Hands re-queued work to the live workers: a ready worker asks for work only when it
   * finishes a task, so one that is already idle would otherwise never see it.
   */
  private dispatchToIdle(): void {
    for (const slot of this.slots) {
      if (slot.ready && slot.stop === undefined) this.dispatch(slot)
    }
  }

  private onStartFailure(slot: Slot<Task>, stop: WorkerStop): void {
    const worker = slot.number
    if (this.slots.size > 0) {
      this.options.onWarning({ kind: 'start-failed', worker, stop, workersLeft: this.slots.size })
      this.dispatchToIdle()
      return
    }
    this.options.onWarning({ kind: 'no-worker-left', worker, stop, tasksLeft: this.pending.length })
    this.finish(this.pending.splice(0))
  }

  private finish(unfinished: number[]): void {
    this.settle(() =>
      this.resolve({
        workersReady: this.everReady.size,
        startSeconds: this.startSeconds,
        firstTaskAt: this.firstTaskAt,
        unfinished
      })
    )
  }

  private fail(failure: PoolFailure): void {
    this.settle(() => this.reject(new Error(this.options.explain(failure))))
  }

  /** Ends the run once: every worker is killed and gone before the caller hears the outcome. */
  private settle(report: () => void): void {
    if (this.settled) return
    this.settled = true
    const closing = [...this.slots].map(slot => {
      clearTimeout(slot.timer)
      slot.worker.kill()
      return slot.worker.closed
    })
    void Promise.all(closing).then(report)
  }
}
