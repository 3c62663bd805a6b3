/**
 * Reads and fully checks an index. Indexes come from caches and from other jobs' artifacts, so
 * nothing is trusted: the format version, every JSON shape, both checksums, row and column
 * counts, the file entries against the rows, canonical order and path safety.
 */
import { join } from 'node:path'
import { sha256Hex } from '../util/index.js'
import { errorCode } from '../util/index.js'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'
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
import { decodeNpy } from './npy.js'
import { checkContents } from './rules.js'
import { parseChunkRow, parseManifest } from './shape.js'

/**
 * The index in `dir`: its own files, or, when a writer was killed while swapping them (they do not
 * form a whole index then), the old index it kept in PREV_DIR. Throws IndexError naming the
 * problem with the folder's own files when neither is whole.
 */
export async function readIndex(dir: string): Promise<LoadedIndex> {
  try {
    return await readIndexFiles(dir)
  } catch (error) {
    if (!(error instanceof IndexError)) throw error
    return readIndexFiles(join(dir, PREV_DIR)).catch(() => {
      throw error
    })
  }
}

/** The index made of exactly the files in `dir`. */
export async function readIndexFiles(dir: string): Promise<LoadedIndex> {
  const manifestPath = join(dir, MANIFEST_FILE)
  const manifest = parseManifest(
    parseJson((await readPart(manifestPath)).toString('utf8'), manifestPath, IndexError),
    manifestPath
  )
  const chunksPath = join(dir, CHUNKS_FILE)
  const vectorsPath = join(dir, VECTORS_FILE)
  const chunkBytes = await readPart(chunksPath)
  const vectorBytes = await readPart(vectorsPath)
  checkChecksum(chunksPath, chunkBytes, manifest.checksums[CHUNKS_FILE])
  checkChecksum(vectorsPath, vectorBytes, manifest.checksums[VECTORS_FILE])

  const rows = parseChunks(chunkBytes.toString('utf8'), manifest.store_text, chunksPath)
  const vectors = decodeNpy(vectorBytes, vectorsPath)
  const dimension = manifest.model.dimension
  if (vectors.cols !== dimension) {
    throw new IndexError(
      `${vectorsPath}: has ${vectors.cols} columns, but model.dimension is ${dimension}`
    )
  }
  if (vectors.rows !== rows.length) {
    throw new IndexError(
      `${vectorsPath}: has ${vectors.rows} rows, but ${CHUNKS_FILE} has ${rows.length}`
    )
  }
  checkCounts(manifest, rows.length, manifestPath)
  checkContents(manifest, rows, vectors.data.length, file => join(dir, file))
  return { manifest, rows, vectors: vectors.data }
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'missing',
  ELOOP: 'is a symbolic link; index files must be regular files',
  ENOTREG: 'is not a regular file'
}

/** An index file's bytes: a regular file only (no link, FIFO or device), never echoed in errors. */
async function readPart(path: string): Promise<Buffer> {
  try {
    return await readRegularFile(path)
  } catch (error) {
    const code = errorCode(error)
    throw new IndexError(`${path}: ${READ_PROBLEMS[code] ?? `cannot be read (${code})`}`, {
      cause: error
    })
  }
}

function checkChecksum(path: string, bytes: Buffer, expected: string): void {
  const actual = sha256Hex(bytes)
  if (actual !== expected) {
    throw new IndexError(`${path}: checksum mismatch (sha256 ${actual}, manifest says ${expected})`)
  }
}

function parseChunks(text: string, storeText: boolean, path: string): ChunkRow[] {
  if (text === '') return []
  if (!text.endsWith('\n'))
    throw new IndexError(`${path}: last line is not terminated (truncated?)`)
  return text
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      const where = `line ${i + 1}`
      return parseChunkRow(parseJson(line, `${path}: ${where}`, IndexError), storeText, path, where)
    })
}

function checkCounts(manifest: Manifest, rows: number, path: string): void {
  const { counts } = manifest
  const actual = { files: manifest.files.length, chunks: rows, skipped: manifest.skipped.length }
  for (const key of ['files', 'chunks', 'skipped'] as const) {
    if (counts[key] !== actual[key]) {
      throw new IndexError(`${path}: counts.${key} is ${counts[key]}, but there are ${actual[key]}`)
    }
  }
}
