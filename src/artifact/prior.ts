/**
 * The prior index of an incremental run: the vectors it already holds for unchanged files and
 * chunks. A prior comes from a cache, so any problem with it (missing, corrupt, truncated, other
 * format, model or chunking) is a reason to rebuild, never an error.
 */
import { join } from 'node:path'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'
import { rowsDiffer, type IndexSettings } from './compat.js'
import { IndexError } from './errors.js'
import {
  MANIFEST_FILE,
  type ChunkRow,
  type FileEntry,
  type LoadedIndex,
  type Manifest
} from './format.js'
import { readVerifiedIndex } from './verify.js'

export interface PriorExpectation {
  /** This run's settings; the model's dimension is checked when known. */
  settings: IndexSettings
  /**
   * This run's store_text. A prior with another setting still serves vectors, but reused rows
   * must match this run's: text is dropped, or, where the prior has none, the file is not reused.
   */
  storeText: boolean
}

interface ReusedFile {
  rows: ChunkRow[]
  /** One vector per row. */
  vectors: Float32Array[]
}

export interface PriorIndex {
  manifest: Manifest
  /**
   * The rows (with text exactly when this run stores text) and vectors of `path` if the prior
   * indexed exactly this content, else null.
   */
  fileBySha(path: string, sha256: string): ReusedFile | null
  /** The vector of a chunk with this hash, from any file, else null. */
  vectorByChunkSha(sha256: string): Float32Array | null
}

type PriorResult = { prior: PriorIndex } | { prior: null; reason: string }

export async function loadPriorIndex(
  dir: string,
  expected: PriorExpectation
): Promise<PriorResult> {
  let index: LoadedIndex
  try {
    index = await readVerifiedIndex(dir)
  } catch (error) {
    if (!(error instanceof IndexError)) throw error
    const ours = expected.settings.chunking.chunker
    const theirs = await namedChunker(dir)
    const older = theirs !== undefined && theirs !== ours
    return {
      prior: null,
      reason: older ? `it was made by chunker ${theirs}, not ${ours}` : error.message
    }
  }
  const difference = rowsDiffer(expected.settings, index.manifest)
  if (difference !== null) return { prior: null, reason: `it was made with ${difference}` }
  return { prior: priorFromIndex(index, expected.storeText) }
}

/** An index already in memory (a server's) as the prior of a run. */
export function priorFromIndex(index: LoadedIndex, storeText: boolean): PriorIndex {
  const { manifest, rows, vectors } = index
  // Reused rows must be the rows this run would write: text only if it stores text.
  const reusedRow = (row: number): ChunkRow => {
    if (storeText) return rows[row]
    const reused = { ...rows[row] }
    delete reused.text
    return reused
  }
  const dimension = manifest.model.dimension
  const fileByPath = new Map<string, FileEntry>(manifest.files.map(file => [file.path, file]))
  const rowByChunkSha = new Map<string, number>()
  rows.forEach((row, i) => {
    if (!rowByChunkSha.has(row.sha256)) rowByChunkSha.set(row.sha256, i)
  })
  // Copies, so that nothing the pipeline does to them can reach the prior's buffer.
  const vector = (row: number): Float32Array =>
    vectors.slice(row * dimension, (row + 1) * dimension)
  return {
    manifest,
    fileBySha(path, sha256) {
      const file = fileByPath.get(path)
      if (file === undefined || file.sha256 !== sha256) return null
      // A prior without text cannot give this run's rows; the file is chunked again.
      if (storeText && !manifest.store_text) return null
      const reused = Array.from({ length: file.rows }, (_, i) => file.first_row + i)
      return { rows: reused.map(reusedRow), vectors: reused.map(vector) }
    },
    vectorByChunkSha(sha256) {
      const row = rowByChunkSha.get(sha256)
      return row === undefined ? null : vector(row)
    }
  }
}

/** How a chunker names itself ('lines-cdc/1', 'syntax-cdc/1+1a2b3c4d'): nothing else is shown. */
const CHUNKER_NAME = /^[a-z][a-z0-9-]{0,30}\/\d{1,4}(\+[0-9a-f]{1,16})?$/

/**
 * The chunker an index that cannot be read names in its manifest, if it names one: an index an
 * older embed-index wrote, in a shape this one does not read, is then reported by what made it.
 * The manifest comes from a cache: only a name of a chunker's form is taken from it.
 */
async function namedChunker(dir: string): Promise<string | undefined> {
  try {
    const text = (await readRegularFile(join(dir, MANIFEST_FILE))).toString('utf8')
    const chunker = (parseJson(text, MANIFEST_FILE) as Manifest | null)?.chunking?.chunker
    return typeof chunker === 'string' && CHUNKER_NAME.test(chunker) ? chunker : undefined
  } catch {
    return undefined
  }
}
