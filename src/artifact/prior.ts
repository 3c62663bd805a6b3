/**
 * The prior index of an incremental run: the vectors it already holds for unchanged files and
 * chunks. A prior comes from a cache, so any problem with it (missing, corrupt, truncated, other
 * format, model or chunking) is a reason to rebuild, never an error.
 */
import { rowsDiffer, type IndexSettings } from './compat.js'
import { IndexError } from './errors.js'
import type { ChunkRow, FileEntry, LoadedIndex, Manifest } from './format.js'
import { readStats, type IndexStats } from './stats-file.js'
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

export interface ReusedFile {
  rows: ChunkRow[]
  /** One vector per row. */
  vectors: Float32Array[]
}

export interface PriorIndex {
  manifest: Manifest
  /** The prior run's stats.json, undefined when absent or unreadable (its fields are unchecked). */
  stats: IndexStats | undefined
  /**
   * The rows (with text exactly when this run stores text) and vectors of `path` if the prior
   * indexed exactly this content, else null.
   */
  fileBySha(path: string, sha256: string): ReusedFile | null
  /** The vector of a chunk with this hash, from any file, else null. */
  vectorByChunkSha(sha256: string): Float32Array | null
}

export type PriorResult = { prior: PriorIndex } | { prior: null; reason: string }

export async function loadPriorIndex(
  dir: string,
  expected: PriorExpectation
): Promise<PriorResult> {
  let index: LoadedIndex
  try {
    index = await readVerifiedIndex(dir)
  } catch (error) {
    if (error instanceof IndexError) return { prior: null, reason: error.message }
    throw error
  }
  const difference = rowsDiffer(expected.settings, index.manifest)
  if (difference !== null) return { prior: null, reason: `it was made with ${difference}` }
  const stats = await readStats(dir).catch(() => undefined)
  return { prior: priorIndex(index, stats, expected.storeText) }
}

function priorIndex(
  index: LoadedIndex,
  stats: IndexStats | undefined,
  storeText: boolean
): PriorIndex {
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
    stats,
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
