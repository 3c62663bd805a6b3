/**
 * An index file read as a stream of bounded pieces, hashed as the pieces go by, so that no file is
 * ever held as one buffer or one string: chunks.jsonl with stored text passes V8's string limit
 * (0x1fffffe8 characters) near a million rows, and vectors.npy passes what one readFile returns
 * (2 GiB) near 1.4 million.
 */
import { createHash, type Hash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { errorCode } from '../util/index.js'
import { REGULAR_FILE_FLAGS } from '../util/index.js'
import { IndexError } from './errors.js'

/** How much of a file one read takes: large enough for throughput, small against any index. */
export const PIECE_BYTES = 4 * 1024 * 1024

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'missing',
  ELOOP: 'is a symbolic link; index files must be regular files',
  ENOTREG: 'is not a regular file'
}

/** An open index file: a regular file only (no link, FIFO or device), hashed as it is read. */
export class PartReader {
  private readonly hash: Hash = createHash('sha256')
  private position = 0
  /** The whole file's sha256, once read to its end and asked for. */
  private digest: string | undefined

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

  /** Fills `target` from where the last read stopped; throws when the file ends first. */
  async readInto(target: Uint8Array): Promise<void> {
    let filled = 0
    while (filled < target.length) {
      const { bytesRead } = await this.handle.read(
        target,
        filled,
        Math.min(this.pieceBytes, target.length - filled),
        this.position
      )
      if (bytesRead === 0) throw new IndexError(`${this.path}: ends early (truncated?)`)
      this.hash.update(target.subarray(filled, filled + bytesRead))
      filled += bytesRead
      this.position += bytesRead
    }
  }

  /** The rest of the file, piece by piece (each piece a fresh buffer the caller may keep). */
  async *pieces(): AsyncGenerator<Uint8Array> {
    while (this.left > 0) {
      const piece = Buffer.allocUnsafe(Math.min(this.pieceBytes, this.left))
      await this.readInto(piece)
      yield piece
    }
  }

  /** Reads the rest of the file, then checkWhole: after its content failed a check. */
  async drainAndCheck(expected: string): Promise<void> {
    for await (const piece of this.pieces()) void piece
    this.checkWhole(expected)
  }

  /** Throws unless the whole file was read and its bytes have the manifest's checksum. */
  checkWhole(expected: string): void {
    if (this.left !== 0) throw new IndexError(`${this.path}: has ${this.left} bytes past its data`)
    this.digest ??= this.hash.digest('hex')
    const actual = this.digest
    if (actual !== expected) {
      throw new IndexError(
        `${this.path}: checksum mismatch (sha256 ${actual}, manifest says ${expected})`
      )
    }
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}
