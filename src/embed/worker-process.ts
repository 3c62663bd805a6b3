import { fork, type ChildProcess } from 'node:child_process'
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js'
import type { WorkerExit } from './worker-exit.js'
import { entryScript } from '../entry-scripts.js'
import { errorMessage } from '../util/index.js'

/** How to start a worker: its script, run with the flags and environment of this process. */
export interface WorkerEntry {
  script: string
}

/** The worker entry that goes with the running code (see entryScript). */
export function defaultWorkerEntry(): WorkerEntry {
  return { script: entryScript('worker') }
}

const STDERR_TAIL_CHARS = 4096

export interface WorkerHandlers {
  onMessage(message: FromWorker): void
  /** Called once, after the process is gone and its stderr is read to the end. */
  onExit(exit: WorkerExit): void
}

/** One forked worker process: typed messages in and out, and a single exit report. */
export class WorkerProcess {
  private readonly child: ChildProcess | undefined
  private stderr = ''
  private exited = false
  readonly closed: Promise<void>

  constructor(entry: WorkerEntry, init: WorkerInit, handlers: WorkerHandlers) {
    let markClosed = () => {}
    this.closed = new Promise(resolve => (markClosed = resolve))
    const exit = (report: WorkerExit) => {
      if (this.exited) return
      this.exited = true
      markClosed()
      handlers.onExit(report)
    }
    try {
      this.child = fork(entry.script, [JSON.stringify(init)], {
        // Float32Arrays cross the channel as bytes.
        serialization: 'advanced',
        // stdout stays free for the CLI's own output; stderr is kept to explain deaths.
        stdio: ['ignore', 'ignore', 'pipe', 'ipc']
      })
    } catch (error) {
      this.child = undefined
      queueMicrotask(() => exit(spawnFailure(error)))
      return
    }
    const child = this.child
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (text: string) => {
      this.stderr = (this.stderr + text).slice(-STDERR_TAIL_CHARS)
    })
    child.on('message', (message: FromWorker) => handlers.onMessage(message))
    child.on('error', error => {
      // A spawn failure gets no 'close'; any other error is followed by one.
      if (child.pid === undefined) exit(spawnFailure(error))
    })
    child.on('close', (code, signal) => exit({ code, signal, stderr: this.stderr }))
  }

  embed(batch: number, texts: string[]): void {
    this.send({ type: 'embed', batch, texts })
  }

  kill(): void {
    if (!this.exited) this.child?.kill('SIGKILL')
  }

  private send(message: ToWorker): void {
    // A closed channel means the process is dying; its exit report follows.
    if (this.child?.connected) this.child.send(message, () => {})
  }
}

function spawnFailure(error: unknown): WorkerExit {
  return {
    code: null,
    signal: null,
    stderr: '',
    spawnError: errorMessage(error)
  }
}
