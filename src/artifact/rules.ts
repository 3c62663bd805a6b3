/**
 * The rules that tie an index's parts together (beyond each part's shape): canonical order,
 * file entries that partition the rows, stored text bound to its row's hash, and a vector for
 * every row. Writers and readers run the
 * same checks, so whatever writeIndex accepts readIndex accepts too.
 */
import { IndexError } from './errors.js'
import { CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE } from './format.js'
import type { ChunkRow, Manifest, SkippedEntry } from './format.js'
import { storedTextProblem } from './row-text.js'
import { quoted } from '../util/index.js'

type IndexParts = Pick<Manifest, 'model' | 'files' | 'skipped'>

/** `label(file)` names one of the index's files in error messages. */
export function checkContents(
  manifest: IndexParts,
  rows: readonly ChunkRow[],
  vectorValues: number,
  label: (file: string) => string
): void {
  const fail = (file: string, problem: string): never => {
    throw new IndexError(`${label(file)}: ${problem}`)
  }
  checkSorted(manifest.files, 'files', problem => fail(MANIFEST_FILE, problem))
  checkSorted(manifest.skipped, 'skipped', problem => fail(MANIFEST_FILE, problem))
  const indexed = new Set(manifest.files.map(file => file.path))
  for (const skip of manifest.skipped) {
    if (indexed.has(skip.path)) {
      fail(MANIFEST_FILE, `${quoted(skip.path)} is both in files and in skipped`)
    }
  }

  let next = 0
  manifest.files.forEach((file, i) => {
    if (file.first_row !== next) {
      fail(MANIFEST_FILE, `files[${i}].first_row is ${file.first_row}, expected ${next}`)
    }
    const end = file.first_row + file.rows
    if (end > rows.length) {
      fail(CHUNKS_FILE, `has ${rows.length} rows but files[${i}] ends at row ${end}`)
    }
    for (let row = file.first_row; row < end; row++) {
      if (rows[row].path !== file.path) {
        fail(
          CHUNKS_FILE,
          `row ${row} has path ${quoted(rows[row].path)}, expected ${quoted(file.path)} (files[${i}])`
        )
      }
      if (row > file.first_row && rows[row].start_line < rows[row - 1].start_line) {
        fail(
          CHUNKS_FILE,
          `row ${row} starts before the row above it (rows must be in canonical order)`
        )
      }
    }
    next = end
  })
  if (next !== rows.length) {
    fail(CHUNKS_FILE, `has ${rows.length} rows but the file entries cover ${next}`)
  }
  const textProblem = storedTextProblem(rows)
  if (textProblem !== null) fail(CHUNKS_FILE, textProblem)

  const dimension = manifest.model.dimension
  if (vectorValues !== rows.length * dimension) {
    fail(VECTORS_FILE, `holds ${vectorValues} values, expected ${rows.length} rows × ${dimension}`)
  }
}

function checkSorted(
  entries: readonly Pick<SkippedEntry, 'path'>[],
  list: string,
  fail: (problem: string) => never
): void {
  for (let i = 1; i < entries.length; i++) {
    const [before, path] = [entries[i - 1].path, entries[i].path]
    if (path === before) fail(`${list}[${i}].path ${quoted(path)} is listed twice`)
    if (path < before) {
      fail(`${list}[${i}].path ${quoted(path)} is out of order (after ${quoted(before)})`)
    }
  }
}

/**
 * Why the rows of `vectors` are not unit vectors (|‖v‖ − 1| ≤ 1e-3, which NaN never is), or
 * null when they all are.
 */
export function unitNormProblem(vectors: Float32Array, dimension: number): string | null {
  for (let row = 0; row * dimension < vectors.length; row++) {
    let sum = 0
    for (let i = row * dimension; i < (row + 1) * dimension; i++) sum += vectors[i] * vectors[i]
    const norm = Math.sqrt(sum)
    if (!(Math.abs(norm - 1) <= 1e-3)) return `row ${row} has norm ${norm}, expected 1`
  }
  return null
}
