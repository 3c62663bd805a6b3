/**
 * The scale bench's indexes: the serve bench's grown index (./serve-index.ts: the corpus's real
 * lines, copied with renamed identifiers until there are enough rows) with clustered vectors
 * (./clustered-vectors.ts), written as the rows are made, never held whole, so that 10 million
 * rows fit in the bench's memory. The same rows can be written at once as the unsharded index
 * and as shards (each file in the shard `inShard` gives it, as `index --shard` splits a tree),
 * whose merge must give the unsharded index's bytes.
 */
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  VECTORS_FILE,
  type ChunkRow,
  type FileEntry,
  type IndexModel
} from '../src/artifact/format.js'
import { npyHeader, npyParts } from '../src/artifact/npy.js'
import { PartWriter } from '../src/artifact/part-writer.js'
import { parseChunkRow, parseManifest } from '../src/artifact/shape.js'
import { manifestBytes } from '../src/artifact/write.js'
import { inShard, type Shard } from '../src/core/index.js'
import { writeFileDurably } from '../src/util/index.js'
import { ClusteredVectors } from './clustered-vectors.js'
import { grownEntry, grownFiles, grownManifest, type GrownFile } from './serve-index.js'

/** Bytes gathered before one write, so that small files do not each cost a system call. */
const WRITE_BYTES = 4 * 1024 * 1024
const VECTOR_SEED = 100

/**
 * A file's bytes gathered up to WRITE_BYTES, then written (and hashed) by its PartWriter. The
 * pieces are kept, not copied: the callers never change a piece once handed over.
 */
class BufferedWriter {
  private pending: Uint8Array[] = []
  private length = 0

  constructor(private readonly writer: PartWriter) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.pending.push(bytes)
    this.length += bytes.length
    if (this.length >= WRITE_BYTES) await this.flush()
  }

  async finish(): Promise<string> {
    await this.flush()
    return this.writer.finish()
  }

  private async flush(): Promise<void> {
    if (this.length === 0) return
    await this.writer.write(Buffer.concat(this.pending))
    this.pending = []
    this.length = 0
  }
}

/** One index being written: its files, entries and rows so far. */
class GrownOutput {
  readonly entries: FileEntry[] = []
  rows = 0

  private constructor(
    readonly dir: string,
    readonly shard: Shard | null,
    private readonly chunks: BufferedWriter,
    private readonly vectors: BufferedWriter
  ) {}

  static async create(
    dir: string,
    shard: Shard | null,
    totalRows: number,
    dimension: number
  ): Promise<GrownOutput> {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    const chunks = new BufferedWriter(await PartWriter.create(path.join(dir, CHUNKS_FILE)))
    const vectors = new BufferedWriter(await PartWriter.create(path.join(dir, VECTORS_FILE)))
    await vectors.write(npyHeader(totalRows, dimension))
    return new GrownOutput(dir, shard, chunks, vectors)
  }

  async add(file: GrownFile, lines: string, vectors: Float32Array, dimension: number) {
    this.entries.push(grownEntry(file, this.rows))
    this.rows += file.rows.length
    await this.chunks.write(Buffer.from(lines))
    await this.vectors.write(
      npyParts({ rows: file.rows.length, cols: dimension, data: vectors })[1]
    )
  }

  async finish(model: IndexModel, storeText: boolean): Promise<void> {
    const manifest = parseManifest(
      {
        ...grownManifest(model, this.entries, storeText, this.shard),
        counts: { files: this.entries.length, chunks: this.rows, skipped: 0 },
        checksums: {
          [CHUNKS_FILE]: await this.chunks.finish(),
          [VECTORS_FILE]: await this.vectors.finish()
        }
      },
      `${MANIFEST_FILE} for ${this.dir}`
    )
    await writeFileDurably(path.join(this.dir, MANIFEST_FILE), manifestBytes(manifest))
  }
}

export interface GrowRequest {
  /** The corpus's texts by path, which the rows copy. */
  texts: ReadonlyMap<string, string>
  /** At least this many rows (whole files, so a few more). */
  rows: number
  model: IndexModel
  storeText: boolean
  /** Where the unsharded index goes. */
  whole: string
  /** Where shard 1..N goes, in order; none: no shards. */
  shards?: readonly string[]
}

/** Writes the grown index (and its shards); returns its row count. */
export async function writeGrownIndexes(request: GrowRequest): Promise<number> {
  const { texts, rows, model, storeText } = request
  const dimension = model.dimension
  const shardDirs = request.shards ?? []
  const count = shardDirs.length
  const shardOf = (file: string): number =>
    shardDirs.findIndex((_, i) => inShard(file, { number: i + 1, count }))
  // A first pass counts each output's rows: vectors.npy's header, written first, holds them.
  const totals = new Array<number>(count).fill(0)
  let total = 0
  for (const file of grownFiles(texts, rows)) {
    total += file.rows.length
    if (count > 0) totals[shardOf(file.path)] += file.rows.length
  }
  const whole = await GrownOutput.create(request.whole, null, total, dimension)
  const shards: GrownOutput[] = []
  for (const [i, dir] of shardDirs.entries()) {
    shards.push(await GrownOutput.create(dir, { number: i + 1, count }, totals[i], dimension))
  }
  const vectors = new ClusteredVectors(dimension, VECTOR_SEED)
  let row = 0
  for (const file of grownFiles(texts, rows)) {
    const lines = file.rows
      .map(r => JSON.stringify(checkedRow(r, storeText, row++)) + '\n')
      .join('')
    const fileVectors = vectors.next(file.rows.length)
    await whole.add(file, lines, fileVectors, dimension)
    if (count > 0) await shards[shardOf(file.path)].add(file, lines, fileVectors, dimension)
  }
  for (const output of [whole, ...shards]) await output.finish(model, storeText)
  return total
}

/** The row as the index stores it (its text only with stored text), checked as writeIndex does. */
function checkedRow(row: ChunkRow, storeText: boolean, at: number): ChunkRow {
  const { text, ...rest } = row
  return parseChunkRow(storeText ? { ...rest, text } : rest, storeText, CHUNKS_FILE, `row ${at}`)
}
