/**
 * The sha256 of index files, computed in a thread of its own while this thread parses them: at
 * 100,000 rows hashing both files costs half a second that start-up no longer waits for. The
 * thread hashes the very bytes this thread parses: each piece is read once, into memory both
 * threads share (a SharedArrayBuffer, posted without a copy), and not written again until the
 * thread says it has hashed it, so no second read of a file could hash bytes other than those
 * parsed. (A piece in memory of this thread alone would be copied as it is posted.)
 */
import { createHash, type Hash } from 'node:crypto'
import { parentPort, Worker } from 'node:worker_threads'
import { entryScript } from '../entry-scripts.js'

type ToThread =
  | { type: 'piece'; stream: number; piece: Uint8Array }
  | { type: 'collect'; stream: number; bytes: number }
  | { type: 'collected'; stream: number }
  | { type: 'end'; stream: number }
  | { type: 'drop'; stream: number }
/** Answers come in the order of the messages that ask for one: a piece, collected, an end. */
type FromThread =
  | { type: 'hashed' }
  | { type: 'collected'; buffer: ArrayBuffer }
  | { type: 'digest'; digest: string }

/** One file's bytes, in order, on their way to the thread. */
export interface DigestStream {
  /** Hashes `piece` next; resolves once hashed, and `piece` must not be written to until then. */
  update(piece: Uint8Array): Promise<void>
  /**
   * Has the thread keep the next `bytes` bytes given as it hashes them, in a buffer of its own
   * that `collected` hands over (transferred, not copied): a large file's bytes become memory of
   * this thread's without this thread copying them.
   */
  collect(bytes: number): void
  /** The buffer of the bytes collected, once all were given. */
  collected(): Promise<ArrayBuffer>
  /** The sha256 (lowercase hex) of every piece given; once. */
  end(): Promise<string>
  /** Forgets the stream (a file not read to its end). */
  drop(): void
}

type Waiter = { resolve: (answer: FromThread) => void; reject: (error: Error) => void }

/** One thread for the process, started on first use. */
export class DigestThread {
  private static current: DigestThread | undefined
  private readonly worker: Worker
  /** Who waits for each answer to come, in order. */
  private readonly waiting: Waiter[] = []
  private nextStream = 0
  private failure: Error | undefined

  private constructor() {
    this.worker = new Worker(entryScript('digest-worker'))
    this.worker.unref()
    this.worker.on('message', (answer: FromThread) => this.next()?.resolve(answer))
    const fail = (reason: string) => {
      if (DigestThread.current === this) DigestThread.current = undefined
      this.failure ??= new Error(`the digest thread failed: ${reason}`)
      while (this.waiting.length > 0) this.next()?.reject(this.failure)
    }
    this.worker.on('error', error => fail(error.message))
    this.worker.on('exit', code => fail(`it exited (code ${code})`))
  }

  static stream(): DigestStream {
    DigestThread.current ??= new DigestThread()
    return DigestThread.current.stream()
  }

  private stream(): DigestStream {
    const stream = this.nextStream++
    let ended = false
    const usable = () => {
      if (ended) throw new Error('digest stream used after its end')
    }
    return {
      update: async piece => {
        usable()
        await this.ask({ type: 'piece', stream, piece })
      },
      collect: bytes => {
        usable()
        if (!this.failure)
          this.worker.postMessage({ type: 'collect', stream, bytes } satisfies ToThread)
      },
      collected: async () => {
        usable()
        const answer = await this.ask({ type: 'collected', stream })
        if (answer.type !== 'collected') throw new Error('the digest thread answered out of turn')
        return answer.buffer
      },
      end: async () => {
        usable()
        ended = true
        const answer = await this.ask({ type: 'end', stream })
        if (answer.type !== 'digest') throw new Error('the digest thread answered out of turn')
        return answer.digest
      },
      drop: () => {
        if (ended) return
        ended = true
        if (!this.failure) this.worker.postMessage({ type: 'drop', stream } satisfies ToThread)
      }
    }
  }

  private ask(message: ToThread): Promise<FromThread> {
    if (this.failure) return Promise.reject(this.failure)
    const answer = new Promise<FromThread>((resolve, reject) => {
      this.waiting.push({ resolve, reject })
    })
    // An awaited answer keeps the process alive until it comes; an idle thread does not.
    if (this.waiting.length === 1) this.worker.ref()
    this.worker.postMessage(message)
    return answer
  }

  private next(): Waiter | undefined {
    const waiter = this.waiting.shift()
    if (this.waiting.length === 0) this.worker.unref()
    return waiter
  }
}

/**
 * The thread's side (src/digest-worker.ts): hashes each stream's pieces (and keeps those asked to
 * be collected), answers each piece, collected and end.
 */
export function serveDigests(): void {
  const port = parentPort!
  const hashes = new Map<number, Hash>()
  const collecting = new Map<number, { buffer: ArrayBuffer; filled: number }>()
  port.on('message', (message: ToThread) => {
    if (message.type === 'drop') {
      hashes.delete(message.stream)
      collecting.delete(message.stream)
      return
    }
    if (message.type === 'collect') {
      collecting.set(message.stream, { buffer: new ArrayBuffer(message.bytes), filled: 0 })
      return
    }
    if (message.type === 'collected') {
      const { buffer } = collecting.get(message.stream)!
      collecting.delete(message.stream)
      port.postMessage({ type: 'collected', buffer } satisfies FromThread, [buffer])
      return
    }
    let hash = hashes.get(message.stream)
    if (hash === undefined) hashes.set(message.stream, (hash = createHash('sha256')))
    if (message.type === 'piece') {
      hash.update(message.piece)
      const collect = collecting.get(message.stream)
      if (collect !== undefined) {
        new Uint8Array(collect.buffer, collect.filled, message.piece.length).set(message.piece)
        collect.filled += message.piece.length
      }
      port.postMessage({ type: 'hashed' } satisfies FromThread)
      return
    }
    hashes.delete(message.stream)
    // A file whose read failed halfway is hashed to its end to tell why: what it collected goes.
    collecting.delete(message.stream)
    port.postMessage({ type: 'digest', digest: hash.digest('hex') } satisfies FromThread)
  })
}
