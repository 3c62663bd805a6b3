/**
 * Reads and fully checks an index, streaming its files (./part-stream.ts). Indexes come from caches and from other jobs' artifacts, so
 * nothing is trusted: the format version, every JSON shape, both checksums, row and column
 * counts, the file entries against the rows, canonical order and path safety.
 */
import { lstat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Timings } from '../core/index.js'
import { parseJson } from '../util/index.js'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  PREV_DIR,
  VECTORS_FILE,
  type ChunkRow,
  type LoadedIndex,
  type Manifest
} from './format.js'
import { textLines } from './lines.js'
import { readNpy } from './npy.js'
import { PartReader } from './part-stream.js'
import { checkContents } from './rules.js'
import { parseChunkRow, parseManifest } from './shape.js'

/**
 * The index in `dir`: its own files, or, when a writer was killed while swapping them (they do not
 * form a whole index then), the old index it kept in PREV_DIR. Throws IndexError naming the
 * problem with the folder's own files when neither is whole. `timings`, `onManifest`: as
 * readIndexFiles.
 */
export async function readIndex(
  dir: string,
  timings?: Timings,
  onManifest?: (manifest: Manifest) => void
): Promise<LoadedIndex> {
  try {
    return await readIndexFiles(dir, timings, onManifest)
  } catch (error) {
    if (!(error instanceof IndexError)) throw error
    return readIndexFiles(join(dir, PREV_DIR), undefined, onManifest).catch(() => {
      throw error
    })
  }
}

/**
 * The folder holding `dir`'s whole index: `dir` itself, or the old index a writer killed while
 * swapping kept in PREV_DIR (./write.ts). Only in that rare case is the index read to tell.
 */
export async function wholeIndexFolder(dir: string): Promise<string> {
  const prev = join(dir, PREV_DIR)
  if (
    !(await lstat(prev).then(
      () => true,
      () => false
    ))
  )
    return dir
  return readIndexFiles(dir).then(
    () => dir,
    () => prev
  )
}

/**
 * The index made of exactly the files in `dir`. chunks.jsonl and vectors.npy are read at once,
 * each hashed in the digest thread (./digest-thread.ts) while this thread parses it; nothing is
 * returned before both have the manifest's checksums. `timings` gets the phases: reading and
 * parsing, then verifying (the checksums awaited, the rules across the files). `onManifest` gets
 * the manifest, shape-checked, before the rows are read: what it names (the model) can be made
 * ready meanwhile, though nothing of the index is verified yet.
 */
export async function readIndexFiles(
  dir: string,
  timings?: Timings,
  onManifest?: (manifest: Manifest) => void
): Promise<LoadedIndex> {
  const started = performance.now()
  const manifestPath = join(dir, MANIFEST_FILE)
  const manifest = await readManifest(manifestPath)
  onManifest?.(manifest)
  const chunks = await PartReader.open(join(dir, CHUNKS_FILE))
  try {
    const vectorsFile = await PartReader.open(join(dir, VECTORS_FILE))
    try {
      const parsed = await Promise.allSettled([
        parseRows(chunks, manifest.store_text),
        readNpy(vectorsFile)
      ])
      const parseEnded = performance.now()
      timings?.since('read+parse', started)
      // In the order a file-by-file read reports them: chunks.jsonl's problems first.
      const rows = await checked(chunks, manifest.checksums[CHUNKS_FILE], parsed[0])
      const vectors = await checked(vectorsFile, manifest.checksums[VECTORS_FILE], parsed[1])
      checkShape(manifest, vectors, rows.length, vectorsFile.path)
      checkCounts(manifest, rows.length, manifestPath)
      checkContents(manifest, rows, vectors.data.length, file => join(dir, file))
      timings?.since('verify', parseEnded)
      return { manifest, rows, vectors: vectors.data }
    } finally {
      await vectorsFile.close()
    }
  } finally {
    await chunks.close()
  }
}

async function parseRows(reader: PartReader, storeText: boolean): Promise<ChunkRow[]> {
  const rows: ChunkRow[] = []
  for await (const batch of chunkRows(reader, storeText)) for (const row of batch) rows.push(row)
  return rows
}

export async function readManifest(path: string): Promise<Manifest> {
  const reader = await PartReader.open(path)
  try {
    const pieces: Uint8Array[] = []
    for await (const piece of reader.pieces()) pieces.push(Buffer.from(piece))
    return parseManifest(parseJson(Buffer.concat(pieces).toString('utf8'), path, IndexError), path)
  } finally {
    await reader.close()
  }
}

/**
 * What was parsed of the file `reader` read to its end, once its bytes have the manifest's
 * checksum. A file whose bytes were changed fails as a checksum mismatch even where its content
 * failed first (the rest is hashed to tell): that names the cause.
 */
async function checked<T>(
  reader: PartReader,
  checksum: string,
  parsed: PromiseSettledResult<T>
): Promise<T> {
  if (parsed.status === 'rejected') {
    if (parsed.reason instanceof IndexError) await reader.drainAndCheck(checksum)
    throw parsed.reason
  }
  await reader.checkWhole(checksum)
  return parsed.value
}

/**
 * The rows of chunks.jsonl, parsed and shape-checked one line at a time as the file streams, in
 * batches (the rows of each piece read).
 */
export async function* chunkRows(
  reader: PartReader,
  storeText: boolean
): AsyncGenerator<ChunkRow[]> {
  const path = reader.path
  const unterminated = (): never => {
    throw new IndexError(`${path}: last line is not terminated (truncated?)`)
  }
  let line = 0
  let checkedPath: string | undefined
  for await (const texts of textLines(reader.pieces(), unterminated)) {
    yield texts.map(text => {
      const where = `line ${++line}`
      const value = parseJson(text, `${path}: ${where}`, IndexError)
      const row = parseChunkRow(value, storeText, path, where, checkedPath)
      checkedPath = row.path
      return row
    })
  }
}

/** The vectors' shape against the model's dimension and the number of rows. */
export function checkShape(
  manifest: Manifest,
  vectors: { rows: number; cols: number },
  rows: number,
  path: string
): void {
  const dimension = manifest.model.dimension
  if (vectors.cols !== dimension) {
    throw new IndexError(
      `${path}: has ${vectors.cols} columns, but model.dimension is ${dimension}`
    )
  }
  if (vectors.rows !== rows) {
    throw new IndexError(`${path}: has ${vectors.rows} rows, but ${CHUNKS_FILE} has ${rows}`)
  }
}

export function checkCounts(manifest: Manifest, rows: number, path: string): void {
  const { counts } = manifest
  const actual = { files: manifest.files.length, chunks: rows, skipped: manifest.skipped.length }
  for (const key of ['files', 'chunks', 'skipped'] as const) {
    if (counts[key] !== actual[key]) {
      throw new IndexError(`${path}: counts.${key} is ${counts[key]}, but there are ${actual[key]}`)
    }
  }
}

/** The vectors of the vectors.npy at `path`, once its bytes have `checksum`. */
export async function readVerifiedVectors(path: string, checksum: string): Promise<Float32Array> {
  const reader = await PartReader.open(path)
  try {
    const [parsed] = await Promise.allSettled([readNpy(reader)])
    return (await checked(reader, checksum, parsed)).data
  } finally {
    await reader.close()
  }
}
