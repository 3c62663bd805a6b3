/**
 * The rules that tie an index's parts together (beyond each part's shape): canonical order,
 * file entries that partition the rows, stored text bound to its row's hash, and a vector for
 * every row. Writers and readers run the
 * same checks, so whatever writeIndex accepts readIndex accepts too.
 */
import { IndexError } from './errors.js'
import { CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE } from './format.js'
import type { ChunkRow, FileEntry, Manifest, SkippedEntry } from './format.js'
import { storedTextProblem } from './row-text.js'
import { quoted } from '../util/index.js'

type IndexParts = Pick<Manifest, 'model' | 'files' | 'skipped'>

/** Throws the index's error: `file` is one of the index's files, `problem` what is wrong. */
type Fail = (file: string, problem: string) => never

/** `label(file)` names one of the index's files in error messages. */
export function checkContents(
  manifest: IndexParts,
  rows: readonly ChunkRow[],
  vectorValues: number,
  label: (file: string) => string
): void {
  const fail = failing(label)
  checkEntries(manifest, rows.length, label)
  manifest.files.forEach((file, i) => checkFileRows(file, i, rows, 0, fail))
  const textProblem = storedTextProblem(rows)
  if (textProblem !== null) fail(CHUNKS_FILE, textProblem)

  const dimension = manifest.model.dimension
  if (vectorValues !== rows.length * dimension) {
    fail(VECTORS_FILE, `holds ${vectorValues} values, expected ${rows.length} rows × ${dimension}`)
  }
}

/**
 * The manifest's own part of checkContents, for an index of `rowCount` rows: files and skipped
 * sorted and disjoint, the files covering the rows contiguously.
 */
export function checkEntries(
  manifest: IndexParts,
  rowCount: number,
  label: (file: string) => string
): void {
  const fail = failing(label)
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
    next = file.first_row + file.rows
    if (next > rowCount) {
      fail(CHUNKS_FILE, `has ${rowCount} rows but files[${i}] ends at row ${next}`)
    }
  })
  if (next !== rowCount) {
    fail(CHUNKS_FILE, `has ${rowCount} rows but the file entries cover ${next}`)
  }
}

/**
 * The rows of files[i] (`file`), found in `rows` from index `rowsStart` on (the row numbered
 * rowsStart in the index is rows[0]): each of the file's path, in canonical order.
 */
export function checkFileRows(
  file: FileEntry,
  i: number,
  rows: readonly ChunkRow[],
  rowsStart: number,
  fail: Fail
): void {
  for (let row = file.first_row; row < file.first_row + file.rows; row++) {
    const { path, start_line } = rows[row - rowsStart]
    if (path !== file.path) {
      fail(
        CHUNKS_FILE,
        `row ${row} has path ${quoted(path)}, expected ${quoted(file.path)} (files[${i}])`
      )
    }
    if (row > file.first_row && start_line < rows[row - 1 - rowsStart].start_line) {
      fail(
        CHUNKS_FILE,
        `row ${row} starts before the row above it (rows must be in canonical order)`
      )
    }
  }
}

/** `label(file)` names one of the index's files in error messages. */
export function failing(label: (file: string) => string): Fail {
  return (file, problem) => {
    throw new IndexError(`${label(file)}: ${problem}`)
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
 * null when they all are; `vectors` starts at row `firstRow` of the index.
 */
export function unitNormProblem(
  vectors: Float32Array,
  dimension: number,
  firstRow = 0
): string | null {
  for (let row = 0; row * dimension < vectors.length; row++) {
    let sum = 0
    for (let i = row * dimension; i < (row + 1) * dimension; i++) sum += vectors[i] * vectors[i]
    const norm = Math.sqrt(sum)
    if (!(Math.abs(norm - 1) <= 1e-3)) return `row ${firstRow + row} has norm ${norm}, expected 1`
  }
  return null
}
