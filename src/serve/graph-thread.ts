/**
 * The approximate-search graph of a served index (../ann/), checked or built in a worker thread
 * of its own. Building takes minutes at a million rows and checking a kept graph reads every byte
 * of it, so neither may hold up a server's first answer nor its event loop: the server scans
 * exactly until the thread says the graph kept beside the index is bound to the index's vectors,
 * then maps it. The thread builds from vectors.npy read again and checked against the manifest's
 * checksum, so a graph is never built from other bytes than the ones served.
 */
import { join } from 'node:path'
import { parentPort, Worker } from 'node:worker_threads'
import { VECTORS_FILE, readVerifiedVectors } from '../artifact/index.js'
import { HnswIndex, type GraphBound } from '../ann/index.js'
import type { Log } from '../core/index.js'
import { entryScript } from '../entry-scripts.js'
import { errorMessage } from '../util/index.js'

interface ToThread {
  dir: string
  bound: GraphBound
}
type FromThread =
  | { type: 'info' | 'warning'; message: string }
  | { type: 'kept' }
  | { type: 'failed'; reason: string }

export interface GraphThread {
  /**
   * The graph kept in `<dir>/ann/` for the vectors `bound` names, once the thread has checked it
   * or built it; undefined (with a warning saying why) when it could not or was stopped, and the
   * caller goes on scanning exactly.
   */
  graph: Promise<HnswIndex | undefined>
  /** Ends the thread, whatever it is doing (a graph half built is never written). */
  stop(): Promise<void>
}

export function graphInThread(dir: string, bound: GraphBound, log: Log): GraphThread {
  const worker = new Worker(entryScript('graph-worker'))
  // A command that is done must not wait for a graph it no longer needs.
  worker.unref()
  let stopped = false
  const graph = new Promise<HnswIndex | undefined>(resolve => {
    let settled = false
    const settle = (graph: HnswIndex | undefined) => {
      settled = true
      void worker.terminate()
      resolve(graph)
    }
    const failed = (reason: string) => {
      if (settled) return
      if (stopped) return settle(undefined)
      log.warning(`approximate search is off, semantic search scans every row: ${reason}`)
      settle(undefined)
    }
    worker.on('message', (message: FromThread) => {
      if (message.type === 'info') log.info(message.message)
      else if (message.type === 'warning') log.warning(message.message)
      else if (message.type === 'failed') failed(message.reason)
      else {
        try {
          settle(HnswIndex.view(dir, bound.dimension))
        } catch (error) {
          failed(errorMessage(error))
        }
      }
    })
    worker.on('error', error => failed(errorMessage(error)))
    worker.on('exit', code => failed(`its thread exited (code ${code})`))
    worker.postMessage({ dir, bound } satisfies ToThread)
  })
  return {
    graph,
    stop: async () => {
      stopped = true
      await worker.terminate()
    }
  }
}

/** The thread's side: one graph, checked or built, then a last message. */
export function serveGraph(): void {
  const port = parentPort
  if (port === null) throw new Error('the approximate-search graph is built in a worker thread')
  const say = (message: FromThread) => port.postMessage(message)
  const log: Log = {
    info: message => say({ type: 'info', message }),
    warning: message => say({ type: 'warning', message })
  }
  port.once('message', ({ dir, bound }: ToThread) => {
    const vectors = () => readVerifiedVectors(join(dir, VECTORS_FILE), bound.vectors)
    HnswIndex.keep(dir, bound, vectors, log).then(
      () => say({ type: 'kept' }),
      error => say({ type: 'failed', reason: errorMessage(error) })
    )
  })
}
