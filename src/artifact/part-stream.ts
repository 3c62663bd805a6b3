/**
 * An index file read as a stream of bounded pieces, hashed as the pieces go by (in a thread of
 * its own, ./digest-thread.ts), so that no file is ever held as one buffer or one string:
 * chunks.jsonl with stored text passes V8's string limit (0x1fffffe8 characters) near a million
 * rows, and vectors.npy passes what one readFile returns (2 GiB) near 1.4 million.
 */
import { open, type FileHandle } from 'node:fs/promises'
import { errorCode } from '../util/index.js'
import { REGULAR_FILE_FLAGS } from '../util/index.js'
import { DigestThread, ShortRead, type DigestStream } from './digest-thread.js'
import { IndexError } from './errors.js'

/** How much of a file one read takes: large enough for throughput, small against any index. */
export const PIECE_BYTES = 4 * 1024 * 1024

/**
 * How many pieces of memory a reader reads into in turn: it reads on while the digest thread
 * hashes the pieces before. The memory is reused, not allocated a piece at a time: fresh memory
 * costs page faults, which made reading a 150 MB file twice as slow.
 */
const RING_PIECES = 3

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'missing',
  ELOOP: 'is a symbolic link; index files must be regular files',
  ENOTREG: 'is not a regular file'
}

/** An open index file: a regular file only (no link, FIFO or device), hashed as it is read. */
export class PartReader {
  private readonly hash: DigestStream = DigestThread.stream()
  private readonly ring: { memory: Uint8Array; hashed: Promise<void> }[] = []
  private turn = 0
  private position = 0
  /** The whole file's sha256, once read to its end and asked for. */
  private digest: Promise<string> | undefined

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    readonly size: number,
    private readonly pieceBytes: number
  ) {}

  /** `pieceBytes`: how much one read takes (smaller where many files are open at once). */
  static async open(path: string, pieceBytes = PIECE_BYTES): Promise<PartReader> {
    let handle: FileHandle | undefined
    try {
      handle = await open(path, REGULAR_FILE_FLAGS)
      const stats = await handle.stat()
      if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' })
      return new PartReader(path, handle, stats.size, pieceBytes)
    } catch (error) {
      await handle?.close()
      const code = errorCode(error)
      throw new IndexError(`${path}: ${READ_PROBLEMS[code] ?? `cannot be read (${code})`}`, {
        cause: error
      })
    }
  }

  /** Bytes not read yet. */
  get left(): number {
    return this.size - this.position
  }

  /**
   * Fills `target` from where the last read stopped; throws when the file ends first. The file is
   * read straight into `target`, each piece then copied into shared memory for the digest thread
   * (a copy of warm memory costs far less than the page faults of reading into fresh memory
   * twice).
   */
  async readInto(target: Uint8Array): Promise<void> {
    for (let filled = 0; filled < target.length;) {
      const piece = target.subarray(
        filled,
        filled + Math.min(this.pieceBytes, target.length - filled)
      )
      await this.fill(piece)
      const memory = await this.nextMemory()
      memory.set(piece)
      this.hashNext(memory.subarray(0, piece.length))
      filled += piece.length
    }
  }

  /**
   * The rest of the file in one buffer, which the digest thread reads and hashes itself
   * (./digest-thread.ts): this thread neither reads nor copies the bytes nor takes the page
   * faults of fresh memory for them (at a million rows of vectors, 1.5 GB), and goes on with its
   * own work meanwhile.
   */
  async readRest(): Promise<ArrayBuffer> {
    try {
      return await this.hash.readRest(this.handle.fd, this.position, this.left, this.pieceBytes)
    } catch (error) {
      if (error instanceof ShortRead) throw new IndexError(`${this.path}: ends early (truncated?)`)
      throw error
    } finally {
      // Read, or failed: nothing of it is read again.
      this.position = this.size
    }
  }

  /**
   * The rest of the file, piece by piece; each piece is valid until the next is asked for (its
   * memory is then reused).
   */
  async *pieces(): AsyncGenerator<Uint8Array> {
    while (this.left > 0) {
      const memory = await this.nextMemory()
      const piece = memory.subarray(0, Math.min(this.left, memory.length))
      await this.fill(piece)
      this.hashNext(piece)
      yield piece
    }
  }

  /** The ring's next memory, once the digest thread has hashed what it held. */
  private async nextMemory(): Promise<Uint8Array> {
    const turn = this.turn++ % RING_PIECES
    this.ring[turn] ??= {
      memory: new Uint8Array(new SharedArrayBuffer(Math.min(this.pieceBytes, this.size))),
      hashed: Promise.resolve()
    }
    await this.ring[turn].hashed
    return this.ring[turn].memory
  }

  /** Hands `piece`, in the memory nextMemory last gave, to the digest thread. */
  private hashNext(piece: Uint8Array): void {
    const slot = this.ring[(this.turn - 1) % RING_PIECES]
    slot.hashed = this.hash.update(piece)
    // Awaited at the slot's next turn, or not at all: a failed thread fails the digest too.
    slot.hashed.catch(() => {})
  }

  /** Reads the rest of the file, then checkWhole: after its content failed a check. */
  async drainAndCheck(expected: string): Promise<void> {
    for await (const piece of this.pieces()) void piece
    await this.checkWhole(expected)
  }

  /**
   * Throws unless the whole file was read, it still has the size it had when opened (what was
   * parsed is what is there), and its bytes have the manifest's checksum.
   */
  async checkWhole(expected: string): Promise<void> {
    if (this.left !== 0) throw new IndexError(`${this.path}: has ${this.left} bytes past its data`)
    this.digest ??= this.hash.end()
    const [actual, { size }] = await Promise.all([this.digest, this.handle.stat()])
    if (size !== this.size) {
      throw new IndexError(`${this.path}: changed size while it was read (${this.size} to ${size})`)
    }
    if (actual !== expected) {
      throw new IndexError(
        `${this.path}: checksum mismatch (sha256 ${actual}, manifest says ${expected})`
      )
    }
  }

  /** Fills `piece` from the file at the position read to, and moves it on. */
  private async fill(piece: Uint8Array): Promise<void> {
    for (let filled = 0; filled < piece.length;) {
      const { bytesRead } = await this.handle.read(
        piece,
        filled,
        piece.length - filled,
        this.position
      )
      if (bytesRead === 0) throw new IndexError(`${this.path}: ends early (truncated?)`)
      filled += bytesRead
      this.position += bytesRead
    }
  }

  close(): Promise<void> {
    // Nothing more of this file comes: a digest not asked for is not wanted.
    if (this.digest === undefined) this.hash.drop()
    return this.handle.close()
  }
}
