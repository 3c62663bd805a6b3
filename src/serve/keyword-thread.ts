/**
 * The keyword index in a worker thread of its own. Building it (tokenising every chunk) takes
 * seconds on a big index, so it runs beside the rest: the model loads meanwhile, the server
 * answers `initialize` and semantic searches at once, and keyword and hybrid searches wait until
 * the index is built. Queries cross as messages; answers come back as typed arrays,
 * transferred, not copied.
 */
import { parentPort, Worker } from 'node:worker_threads'
import { entryScript } from '../entry-scripts.js'
import { errorMessage } from '../util/index.js'
import type { QueryTerms } from './code-tokens.js'
import { KeywordIndex, type KeywordMatch } from './keyword-index.js'

// The texts come first, as a message (not workerData, which would keep them alive in the thread
// once the index is built); queries follow.
type ToThread =
  | { type: 'build'; texts: (string | undefined)[] }
  | { type: 'match'; id: number; query: QueryTerms }
type FromThread =
  { type: 'ready'; documents: number } | { type: 'match'; id: number; match: KeywordMatch }

export class KeywordThread {
  /** Resolves to the number of chunks indexed once the index is built. */
  readonly ready: Promise<number>
  /** Chunks indexed, once built. */
  documents: number | undefined
  private readonly worker: Worker
  private readonly pending = new Map<
    number,
    { resolve: (match: KeywordMatch) => void; reject: (error: Error) => void }
  >()
  /** Why the index cannot answer, once it cannot. */
  failure: Error | undefined
  private nextId = 0

  /** Starts building the index of these texts (by row; undefined: a row without text). */
  constructor(texts: (string | undefined)[]) {
    this.worker = new Worker(entryScript('keyword-worker'))
    this.worker.postMessage({ type: 'build', texts } satisfies ToThread)
    // The thread must not keep a finished command alive.
    this.worker.unref()
    let markReady: (documents: number) => void = () => {}
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve
      this.worker.once('error', reject)
    })
    // Nobody may be waiting yet; a failure is reported to whoever asks.
    this.ready.catch(() => {})
    this.worker.on('message', (message: FromThread) => {
      if (message.type === 'ready') markReady((this.documents = message.documents))
      else this.take(message.id)?.resolve(message.match)
    })
    const fail = (reason: string) => {
      this.failure ??= new Error(`the keyword index failed: ${reason}`)
      for (const id of [...this.pending.keys()]) this.take(id)?.reject(this.failure)
    }
    this.worker.on('error', error => fail(errorMessage(error)))
    this.worker.on('exit', code => fail(`its thread exited (code ${code})`))
  }

  /** What keyword search finds for the query, once the index is built. */
  match(query: QueryTerms): Promise<KeywordMatch> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ type: 'match', id, query } satisfies ToThread)
    })
  }

  async close(): Promise<void> {
    await this.worker.terminate()
  }

  private take(id: number) {
    const waiting = this.pending.get(id)
    this.pending.delete(id)
    return waiting
  }
}

/** The thread's side: build the index from the first message, say so, then answer queries. */
export function serveKeywordIndex(): void {
  const port = parentPort
  if (port === null) throw new Error('the keyword index runs in a worker thread')
  let index: KeywordIndex | undefined
  port.on('message', (message: ToThread) => {
    if (message.type === 'build') {
      index = KeywordIndex.build(message.texts)
      port.postMessage({ type: 'ready', documents: index.documents } satisfies FromThread)
      return
    }
    const match = index!.match(message.query)
    port.postMessage({ type: 'match', id: message.id, match } satisfies FromThread, [
      match.rows.buffer,
      match.bm25.buffer,
      match.identifiers.buffer
    ])
  })
}
