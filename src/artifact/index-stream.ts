/**
 * An index read front to back, one file entry's rows and vectors at a time, each checked by the
 * rules readIndex applies, the files hashed as they are read: what merge and verify use, so that
 * neither holds an index's rows or vectors whole, at any size.
 */
import { join } from 'node:path'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  VECTORS_FILE,
  type ChunkRow,
  type FileEntry,
  type Manifest
} from './format.js'
import { readNpyHeader, readNpyRows } from './npy.js'
import { PIECE_BYTES, PartReader } from './part-stream.js'
import { checkCounts, checkShape, chunkRows, readManifest, wholeIndexFolder } from './read.js'
import { storedTextProblem } from './row-text.js'
import { checkEntries, checkFileRows, failing, unitNormProblem } from './rules.js'

/** An index's manifest, checked on its own: its rows and vectors are checked as they stream. */
export interface IndexHead {
  dir: string
  /** Where its files are: dir, or the old index a killed writer kept there. */
  folder: string
  manifest: Manifest
}

export async function readIndexHead(dir: string): Promise<IndexHead> {
  const folder = await wholeIndexFolder(dir)
  const manifestPath = join(folder, MANIFEST_FILE)
  const manifest = await readManifest(manifestPath)
  const covered = manifest.files.reduce((sum, file) => sum + file.rows, 0)
  checkCounts(manifest, covered, manifestPath)
  checkEntries(manifest, covered, file => join(folder, file))
  return { dir, folder, manifest }
}

export class IndexStream {
  /** Rows parsed and not taken yet. */
  private batch: ChunkRow[] = []
  private taken = 0

  private constructor(
    readonly head: IndexHead,
    private readonly chunks: PartReader,
    private readonly rows: AsyncGenerator<ChunkRow[]>,
    private readonly vectors: PartReader
  ) {}

  /** `pieceBytes`: how much one read of either file takes (./part-stream.ts). */
  static async open(head: IndexHead, pieceBytes = PIECE_BYTES): Promise<IndexStream> {
    const chunks = await PartReader.open(join(head.folder, CHUNKS_FILE), pieceBytes)
    try {
      const vectors = await PartReader.open(join(head.folder, VECTORS_FILE), pieceBytes)
      return new IndexStream(head, chunks, chunkRows(chunks, head.manifest.store_text), vectors)
    } catch (error) {
      await chunks.close()
      throw error
    }
  }

  /**
   * Reads the whole index `head` names, one file entry at a time, checking every rule and both
   * checksums (what `verify` does); throws IndexError naming the first problem.
   */
  static async checkAll(head: IndexHead, pieceBytes = PIECE_BYTES): Promise<void> {
    const stream = await IndexStream.open(head, pieceBytes)
    try {
      await IndexStream.checksumsFirst([stream], async () => {
        await stream.start()
        for (const [at, entry] of head.manifest.files.entries()) await stream.takeFile(entry, at)
        await stream.finish()
      })
    } finally {
      await stream.close()
    }
  }

  /** Reads the vectors' header; before the first takeFile. */
  async start(): Promise<void> {
    const { manifest } = this.head
    checkShape(
      manifest,
      await readNpyHeader(this.vectors),
      manifest.counts.chunks,
      this.vectors.path
    )
  }

  /** The next file's rows and vectors (`entry` is files[at] of the manifest). */
  async takeFile(
    entry: FileEntry,
    at: number
  ): Promise<{ rows: ChunkRow[]; vectors: Float32Array }> {
    const rows: ChunkRow[] = []
    while (rows.length < entry.rows) {
      if (!(await this.hasRow())) {
        throw new IndexError(
          `${this.chunks.path}: ends before row ${entry.first_row + rows.length} (counts.chunks is ${this.head.manifest.counts.chunks})`
        )
      }
      rows.push(this.batch[this.taken++])
    }
    checkFileRows(
      entry,
      at,
      rows,
      entry.first_row,
      failing(file => join(this.head.folder, file))
    )
    const textProblem = storedTextProblem(rows, entry.first_row)
    if (textProblem !== null) throw new IndexError(`${this.chunks.path}: ${textProblem}`)
    const dimension = this.head.manifest.model.dimension
    const vectors = await readNpyRows(this.vectors, entry.rows, dimension)
    const normProblem = unitNormProblem(vectors, dimension, entry.first_row)
    if (normProblem !== null) throw new IndexError(`${this.vectors.path}: ${normProblem}`)
    return { rows, vectors }
  }

  /** Throws unless the files held nothing past the rows and have the manifest's checksums. */
  async finish(): Promise<void> {
    if (await this.hasRow()) {
      throw new IndexError(
        `${this.chunks.path}: has more rows than counts.chunks (${this.head.manifest.counts.chunks})`
      )
    }
    await this.chunks.checkWhole(this.head.manifest.checksums[CHUNKS_FILE])
    await this.vectors.checkWhole(this.head.manifest.checksums[VECTORS_FILE])
  }

  /** Whether a row is left to take, reading the next batch when this one is used up. */
  private async hasRow(): Promise<boolean> {
    while (this.taken === this.batch.length) {
      const next = await this.rows.next()
      if (next.done === true) return false
      this.batch = next.value
      this.taken = 0
    }
    return true
  }

  async close(): Promise<void> {
    await this.chunks.close()
    await this.vectors.close()
  }

  /**
   * Runs `read` over the streams; when it fails with an IndexError, a file whose bytes were
   * changed fails as the checksum mismatch it is, even where its content failed first: each
   * stream's files are read to their end and hashed to tell.
   */
  static async checksumsFirst(streams: IndexStream[], read: () => Promise<void>): Promise<void> {
    try {
      await read()
    } catch (error) {
      if (error instanceof IndexError) {
        for (const { chunks, vectors, head } of streams) {
          await chunks.drainAndCheck(head.manifest.checksums[CHUNKS_FILE])
          await vectors.drainAndCheck(head.manifest.checksums[VECTORS_FILE])
        }
      }
      throw error
    }
  }
}
