/**
 * The serve bench's large index: a synthetic index of many chunks whose texts are real code (the
 * bench corpus's lines, cut into chunks of about CHUNK_CHARS characters, the corpus repeated under
 * copy-N/ folders until there are enough) and whose vectors are seeded random unit vectors of the
 * model's dimension; the vectors carry no meaning. Each copy renames half of the corpus's
 * identifiers its own way (`readIndex` becomes `readIndex_c7` in copy 7), so the vocabulary grows
 * with the index as a large repository's does, while common words and idioms repeat.
 */
import { EMBEDDING_RECIPE } from '../src/embed/embedder.js'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ChunkRow, FileEntry, IndexModel, Manifest } from '../src/artifact/format.js'
import { FORMAT_VERSION, TOOL_NAME } from '../src/artifact/format.js'
import { writeIndex } from '../src/artifact/write.js'
import { CHUNKER_VERSION } from '../src/chunk/file-chunker.js'
import { seededRandom } from '../tools/fixture-model/random.js'
import { splitLines } from '../src/chunk/lines.js'
import { sha256Hex } from '../src/util/digest.js'
import { comparePaths, type Shard } from '../src/core/index.js'
import { TOOL_VERSION } from '../src/version.js'

// About what the chunker's 256-token chunks hold of real code (65% full on average).
const CHUNK_CHARS = 600

const IDENTIFIER = /\b[A-Za-z_$][\w$]{3,}\b/g

/** The text as copy `copy` has it: half of its identifiers (by a hash of the name) renamed. */
export function renameForCopy(text: string, copy: number): string {
  if (copy === 0) return text
  return text.replace(IDENTIFIER, name => (hashOf(name) % 2 === 0 ? `${name}_c${copy}` : name))
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/** Consecutive lines of a text in groups of about CHUNK_CHARS characters: [start, end, text]. */
export function cutLines(text: string): [number, number, string][] {
  const lines = splitLines(text)
  const chunks: [number, number, string][] = []
  let start = 0
  while (start < lines.length) {
    let end = start
    let chars = 0
    while (end < lines.length && (end === start || chars + lines[end].length < CHUNK_CHARS)) {
      chars += lines[end].length + 1
      end++
    }
    const body = lines.slice(start, end).join('\n')
    if (body.trim() !== '') chunks.push([start + 1, end, body])
    start = end
  }
  return chunks
}

/** Seeded unit vectors (uniform in each coordinate, then normalised). */
export function randomUnitVectors(rows: number, dimension: number, seed: number): Float32Array {
  const uniform = seededRandom(seed)
  const random = () => uniform() - 0.5
  const vectors = new Float32Array(rows * dimension)
  for (let row = 0; row < rows; row++) {
    const v = vectors.subarray(row * dimension, (row + 1) * dimension)
    let norm = 0
    for (let i = 0; i < dimension; i++) norm += (v[i] = random()) ** 2
    const scale = 1 / Math.sqrt(norm)
    for (let i = 0; i < dimension; i++) v[i] *= scale
  }
  return vectors
}

/** One file of a grown index: its path and rows, with stored text. */
export interface GrownFile {
  path: string
  rows: ChunkRow[]
}

/**
 * The files of an index grown from the corpus's `texts` (by path) to at least `chunks` rows (whole
 * files, so a few more), in the index's order: copy after copy, each copy's files in path order.
 * Copy numbers are padded to one width (3 digits, more where a copy's rows are so few that more
 * copies are needed), so the copies' order is their paths' order and nothing needs sorting.
 */
export function* grownFiles(
  texts: ReadonlyMap<string, string>,
  chunks: number
): Generator<GrownFile> {
  const files = [...texts.keys()].sort(comparePaths)
  const copyRows = (copy: number) =>
    files.map(file => cutLines(renameForCopy(texts.get(file)!, copy)))
  const firstCopy = copyRows(0).reduce((sum, cuts) => sum + cuts.length, 0)
  if (firstCopy === 0) throw new Error('the corpus has no lines to grow an index from')
  // Renaming only lengthens lines, so a copy holds at least the first copy's rows; twice the
  // copies that needs leaves room to spare.
  const width = Math.max(3, String(2 * Math.ceil(chunks / firstCopy)).length)
  let total = 0
  for (let copy = 0; total < chunks; copy++) {
    const cuts = copyRows(copy)
    for (let f = 0; f < files.length && total < chunks; f++) {
      const path = `copy-${String(copy).padStart(width, '0')}/${files[f]}`
      const rows = cuts[f].map(([start, end, text]) => ({
        path,
        start_line: start,
        end_line: end,
        tokens: Math.ceil(text.length / 4),
        sha256: sha256Hex(text),
        language: null,
        text
      }))
      total += rows.length
      yield { path, rows }
    }
  }
}

/** The corpus files' texts, by path. */
export async function corpusTexts(
  corpus: string,
  files: readonly string[]
): Promise<Map<string, string>> {
  return new Map(
    await Promise.all(
      files.map(async file => [file, await readFile(path.join(corpus, file), 'utf8')] as const)
    )
  )
}

/** The manifest entry of a grown file whose rows start at `first_row`. */
export function grownEntry({ path: filePath, rows }: GrownFile, first_row: number): FileEntry {
  // Not the file's real hash: nothing in the bench reads the corpus through the manifest.
  return {
    path: filePath,
    sha256: sha256Hex(filePath),
    bytes: 0,
    git_blob: '0'.repeat(40),
    first_row,
    rows: rows.length
  }
}

/** The manifest of a grown index, less what the writer adds (counts, checksums). */
export function grownManifest(
  model: IndexModel,
  files: FileEntry[],
  storeText: boolean,
  shard: Shard | null
): Omit<Manifest, 'counts' | 'checksums'> {
  return {
    format: FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    model,
    recipe: EMBEDDING_RECIPE,
    chunking: { chunker: CHUNKER_VERSION, max_tokens: 256 },
    store_text: storeText,
    shard,
    commit: null,
    files,
    skipped: []
  }
}

/**
 * Writes an index of at least `chunks` rows (whole files, so a few more) to `out`, with stored
 * text, for the given model; returns the rows written.
 */
export async function writeSyntheticIndex(
  corpus: string,
  files: readonly string[],
  out: string,
  chunks: number,
  model: IndexModel
): Promise<number> {
  const rows: ChunkRow[] = []
  const entries: FileEntry[] = []
  for (const file of grownFiles(await corpusTexts(corpus, files), chunks)) {
    entries.push(grownEntry(file, rows.length))
    for (const row of file.rows) rows.push(row)
  }
  await writeIndex(out, {
    manifest: grownManifest(model, entries, true, null),
    rows,
    vectors: randomUnitVectors(rows.length, model.dimension, 100)
  })
  return rows.length
}
