/**
 * The sha256 of index files, computed in a thread of its own while this thread parses them: at
 * 100,000 rows hashing both files costs half a second that start-up no longer waits for. The
 * thread hashes the very bytes this thread parses: each piece is read once, into memory both
 * threads share (a SharedArrayBuffer, posted without a copy), and not written again until the
 * thread says it has hashed it, so no second read of a file could hash bytes other than those
 * parsed. (A piece in memory of this thread alone would be copied as it is posted.) A file
 * taken whole as bytes (vectors.npy) is read by the thread itself, into the buffer it hands over,
 * hashing what it reads: at a million rows that is 1.5 GB whose reading, copying and page faults
 * no longer wait on this thread's turns between the rows it parses.
 */
import { createHash, type Hash } from 'node:crypto'
import { readSync } from 'node:fs'
import { parentPort, Worker } from 'node:worker_threads'
import { entryScript } from '../entry-scripts.js'
import { errorMessage } from '../util/index.js'

type ToThread =
  | { type: 'piece'; id: number; stream: number; piece: Uint8Array }
  | {
      type: 'read'
      id: number
      stream: number
      fd: number
      position: number
      bytes: number
      pieceBytes: number
    }
  | { type: 'end'; id: number; stream: number }
  | { type: 'drop'; stream: number }
/** Each answer names the request it answers: a file's read is answered after later pieces. */
type FromThread = { id: number } & (
  | { type: 'hashed' }
  | { type: 'read'; buffer: ArrayBuffer }
  | { type: 'short'; read: number }
  | { type: 'failed'; reason: string }
  | { type: 'digest'; digest: string }
)

/** One file's bytes, in order, on their way to the thread. */
export interface DigestStream {
  /** Hashes `piece` next; resolves once hashed, and `piece` must not be written to until then. */
  update(piece: Uint8Array): Promise<void>
  /**
   * Has the thread read the next `bytes` bytes of the open file `fd` from `position` itself,
   * `pieceBytes` at a time,
   * hashing them as it goes, into a buffer of its own that it hands over (transferred, not
   * copied): a large file's bytes become memory of this thread's without this thread reading,
   * copying or waiting on them, while it goes on with other work (the rows it parses). The thread
   * answers other streams' pieces between its own. Throws ShortRead when the file ends first.
   */
  readRest(fd: number, position: number, bytes: number, pieceBytes: number): Promise<ArrayBuffer>
  /** The sha256 (lowercase hex) of every byte given or read; once. */
  end(): Promise<string>
  /** Forgets the stream (a file not read to its end). */
  drop(): void
}

/** The file ended `read` bytes into what readRest asked for. */
export class ShortRead extends Error {
  constructor(readonly read: number) {
    super(`the file ended ${read} bytes into the read`)
  }
}

type Waiter = { resolve: (answer: FromThread) => void; reject: (error: Error) => void }

/** One thread for the process, started on first use. */
export class DigestThread {
  private static current: DigestThread | undefined
  private readonly worker: Worker
  /** Who waits for each answer, by request. */
  private readonly waiting = new Map<number, Waiter>()
  private nextStream = 0
  private nextRequest = 0
  private failure: Error | undefined

  private constructor() {
    this.worker = new Worker(entryScript('digest-worker'))
    this.worker.unref()
    this.worker.on('message', (answer: FromThread) => this.take(answer.id)?.resolve(answer))
    const fail = (reason: string) => {
      if (DigestThread.current === this) DigestThread.current = undefined
      this.failure ??= new Error(`the digest thread failed: ${reason}`)
      for (const id of [...this.waiting.keys()]) this.take(id)?.reject(this.failure)
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
        await this.ask(id => ({ type: 'piece', id, stream, piece }))
      },
      readRest: async (fd, position, bytes, pieceBytes) => {
        usable()
        const answer = await this.ask(id => ({
          type: 'read',
          id,
          stream,
          fd,
          position,
          bytes,
          pieceBytes
        }))
        if (answer.type === 'short') throw new ShortRead(answer.read)
        if (answer.type === 'failed') throw new Error(answer.reason)
        if (answer.type !== 'read') throw new Error('the digest thread answered out of turn')
        return answer.buffer
      },
      end: async () => {
        usable()
        ended = true
        const answer = await this.ask(id => ({ type: 'end', id, stream }))
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

  private ask(message: (id: number) => ToThread): Promise<FromThread> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.nextRequest++
    const answer = new Promise<FromThread>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
    })
    // An awaited answer keeps the process alive until it comes; an idle thread does not.
    if (this.waiting.size === 1) this.worker.ref()
    this.worker.postMessage(message(id))
    return answer
  }

  private take(id: number): Waiter | undefined {
    const waiter = this.waiting.get(id)
    this.waiting.delete(id)
    if (this.waiting.size === 0) this.worker.unref()
    return waiter
  }
}

/**
 * The thread's side (src/digest-worker.ts): hashes each stream's pieces, reads (and hashes) the
 * files asked to be read, answers each piece, read and end.
 */
export function serveDigests(): void {
  const port = parentPort!
  const hashes = new Map<number, Hash>()
  const hashOf = (stream: number): Hash => {
    let hash = hashes.get(stream)
    if (hash === undefined) hashes.set(stream, (hash = createHash('sha256')))
    return hash
  }
  const answer = (message: FromThread, transfer: ArrayBuffer[] = []) =>
    port.postMessage(message, transfer)
  port.on('message', (message: ToThread) => {
    if (message.type === 'drop') {
      hashes.delete(message.stream)
      return
    }
    const { id, stream } = message
    if (message.type === 'piece') {
      hashOf(stream).update(message.piece)
      answer({ type: 'hashed', id })
    } else if (message.type === 'read') {
      readHashed(message, hashOf(stream), answer)
    } else {
      const hash = hashOf(stream)
      hashes.delete(stream)
      answer({ type: 'digest', id, digest: hash.digest('hex') })
    }
  })
}

/**
 * Reads a file's bytes into a new buffer, hashing them, one piece per turn of the
 * thread's event loop, so that pieces of other streams are hashed between (their reader waits
 * on them). Each piece is read into memory reused for the next and then copied: reading straight
 * into fresh memory costs its page faults inside the read, and was the slower of the two.
 */
function readHashed(
  { id, fd, position, bytes, pieceBytes }: Extract<ToThread, { type: 'read' }>,
  hash: Hash,
  answer: (message: FromThread, transfer?: ArrayBuffer[]) => void
): void {
  const buffer = new ArrayBuffer(bytes)
  const piece = Buffer.allocUnsafe(Math.min(pieceBytes, bytes))
  let filled = 0
  const step = () => {
    try {
      const length = Math.min(piece.length, bytes - filled)
      for (let got = 0; got < length;) {
        const read = readSync(fd, piece, got, length - got, position + filled + got)
        if (read === 0) return answer({ type: 'short', id, read: filled + got })
        got += read
      }
      const part = piece.subarray(0, length)
      hash.update(part)
      // A view of the piece's place only: no byte array may span more than 4 GiB (2^32 - 1
      // elements), and 10,000,000 rows of vectors are 15.4 GB.
      new Uint8Array(buffer, filled, length).set(part)
      filled += length
      if (filled < bytes) setImmediate(step)
      else answer({ type: 'read', id, buffer }, [buffer])
    } catch (error) {
      answer({ type: 'failed', id, reason: errorMessage(error) })
    }
  }
  step()
}
