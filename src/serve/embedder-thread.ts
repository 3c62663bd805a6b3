/**
 * The query model in a worker thread of its own. ONNX Runtime creates a session synchronously
 * (about 0.8 s for MiniLM on the development machine), and transformers.js's tokenizer loads on
 * the thread that asks for it: on the main thread both would hold up the index's read, a
 * server's answers and its keyword searches while the model loads. The thread runs the very
 * loadEmbedder that `index` runs, with the same thread settings, so its vectors are the same
 * bits. Texts cross as messages; vectors come back transferred, not copied.
 */
import { parentPort, Worker } from 'node:worker_threads'
import { loadEmbedder, type Embedder, type ResolvedModel } from '../embed/index.js'
import { entryScript } from '../entry-scripts.js'
import { errorMessage } from '../util/index.js'

type ToThread =
  | { type: 'load'; model: ResolvedModel; threads: number }
  | { type: 'embed'; id: number; texts: string[] }
/** Answers: to the load (no id), and to each embedding by its id. */
type FromThread =
  | { type: 'loaded' }
  | { type: 'embedded'; id: number; vectors: Float32Array }
  | { type: 'failed'; id?: number; reason: string }

type Waiter = { resolve: (vectors: Float32Array) => void; reject: (error: Error) => void }

/** A thread that loads one model and embeds with it. */
export class EmbedderThread {
  private readonly worker = new Worker(entryScript('embedder-worker'))
  private readonly waiting = new Map<number, Waiter>()
  private nextId = 0
  private failure: Error | undefined
  private onLoad: { resolve: () => void; reject: (error: Error) => void } | undefined

  constructor() {
    // An unused thread must not keep a finished command alive: it keeps the process alive only
    // while an answer (the load's included) is awaited.
    this.worker.unref()
    this.worker.on('message', (message: FromThread) => this.take(message))
    this.worker.on('error', error => this.fail(`the model's thread failed: ${errorMessage(error)}`))
    this.worker.on('exit', code => this.fail(`the model's thread exited (code ${code})`))
  }

  /** `model` loaded in this thread, with `threads` intra-op threads (../embed/embedder.ts); once. */
  async load(model: ResolvedModel, threads: number): Promise<Embedder> {
    if (this.onLoad !== undefined) throw new Error('the model thread has a model already')
    if (this.failure !== undefined) throw this.failure
    const loaded = new Promise<void>((resolve, reject) => (this.onLoad = { resolve, reject }))
    this.worker.ref()
    this.worker.postMessage({ type: 'load', model, threads } satisfies ToThread)
    await loaded
    return {
      dimension: model.dimension,
      embedBatch: texts => this.embed(texts),
      dispose: () => this.dispose()
    }
  }

  async dispose(): Promise<void> {
    this.failure ??= new Error('the model was disposed of')
    await this.worker.terminate()
  }

  private embed(texts: string[]): Promise<Float32Array> {
    if (this.failure !== undefined) return Promise.reject(this.failure)
    const id = this.nextId++
    return new Promise<Float32Array>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.worker.ref()
      this.worker.postMessage({ type: 'embed', id, texts } satisfies ToThread)
    })
  }

  private take(message: FromThread): void {
    if (message.type === 'loaded') this.onLoad?.resolve()
    else if (message.type === 'failed' && message.id === undefined) {
      this.fail(message.reason)
      void this.worker.terminate()
    } else {
      const waiter = this.waiting.get(message.id!)
      this.waiting.delete(message.id!)
      if (message.type === 'embedded') waiter?.resolve(message.vectors)
      else waiter?.reject(new Error(message.reason))
    }
    this.idle()
  }

  private fail(reason: string): void {
    this.failure ??= new Error(reason)
    this.onLoad?.reject(this.failure)
    for (const waiter of this.waiting.values()) waiter.reject(this.failure)
    this.waiting.clear()
    this.idle()
  }

  private idle(): void {
    if (this.waiting.size === 0) this.worker.unref()
  }
}

/** The thread's side: load the model from the first message, say so, then embed. */
export function serveEmbedder(): void {
  const port = parentPort
  if (port === null) throw new Error('the query model runs in a worker thread')
  let loaded: Promise<Embedder> | undefined
  port.on('message', (message: ToThread) => {
    if (message.type === 'load') {
      loaded = loadEmbedder(message.model, message.threads)
      loaded.then(
        () => port.postMessage({ type: 'loaded' } satisfies FromThread),
        error =>
          port.postMessage({ type: 'failed', reason: errorMessage(error) } satisfies FromThread)
      )
      return
    }
    const { id, texts } = message
    void loaded!
      .then(embedder => embedder.embedBatch(texts))
      .then(
        vectors =>
          port.postMessage({ type: 'embedded', id, vectors } satisfies FromThread, [
            vectors.buffer as ArrayBuffer
          ]),
        error =>
          port.postMessage({ type: 'failed', id, reason: errorMessage(error) } satisfies FromThread)
      )
  })
}
