import { readFile, writeFile } from 'node:fs/promises'
import { readIndex } from '../src/artifact/read.js'

/** One chunk as embed-index cut it; naive and ceiling embed exactly these texts. */
export interface BenchChunk {
  path: string
  text: string
  tokens: number
}

/** The chunks of an index written with --store-text, in row order. */
export async function chunksOfIndex(dir: string): Promise<BenchChunk[]> {
  const { manifest, rows } = await readIndex(dir)
  if (!manifest.store_text) throw new Error(`${dir} was written without --store-text`)
  return rows.map(row => ({ path: row.path, text: row.text!, tokens: row.tokens }))
}

export async function writeChunks(file: string, chunks: BenchChunk[]): Promise<void> {
  await writeFile(file, JSON.stringify(chunks))
}

export async function readChunks(file: string): Promise<BenchChunk[]> {
  return JSON.parse(await readFile(file, 'utf8')) as BenchChunk[]
}

/** Each file's chunk texts, files in first-appearance order: what a naive per-file loop sees. */
export function textsByFile(chunks: BenchChunk[]): string[][] {
  const files = new Map<string, string[]>()
  for (const chunk of chunks) {
    const texts = files.get(chunk.path)
    if (texts) texts.push(chunk.text)
    else files.set(chunk.path, [chunk.text])
  }
  return [...files.values()]
}

export interface CosineSummary {
  min: number
  mean: number
  rows: number
  /**
   * For scale: the mean cosine between a's vectors of different chunks (row i against row
   * i + rows/2). Random-weight models give similar vectors to unrelated texts, so a q8 cosine
   * means little unless it is much closer to 1 than this.
   */
  unrelatedMean: number
}

/**
 * Cosine of each q8 vector to the fp32 vector of the same chunk. Both indexes cover the same
 * tree with the same chunker, so their rows must match one to one (checked by chunk hash).
 */
export async function compareIndexes(fp32Dir: string, q8Dir: string): Promise<CosineSummary> {
  const [a, b] = await Promise.all([readIndex(fp32Dir), readIndex(q8Dir)])
  if (a.rows.length !== b.rows.length || a.rows.some((row, i) => row.sha256 !== b.rows[i].sha256)) {
    throw new Error(`${fp32Dir} and ${q8Dir} do not hold the same chunks`)
  }
  return cosineSummary(a.vectors, b.vectors, a.manifest.model.dimension)
}

/** Cosine of row i of a and row j of b, both row-major with `dim` columns. */
function cosine(a: Float32Array, i: number, b: Float32Array, j: number, dim: number): number {
  let dot = 0
  let na = 0
  let nb = 0
  for (let d = 0; d < dim; d++) {
    const x = a[i * dim + d]
    const y = b[j * dim + d]
    dot += x * y
    na += x * x
    nb += y * y
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0
}

/** Row-by-row cosine of two row-major matrices of the same shape. */
export function cosineSummary(a: Float32Array, b: Float32Array, dim: number): CosineSummary {
  const rows = a.length / dim
  if (rows === 0) return { min: NaN, mean: NaN, rows, unrelatedMean: NaN }
  let min = Infinity
  let sum = 0
  let unrelated = 0
  const half = Math.floor(rows / 2)
  for (let r = 0; r < rows; r++) {
    const c = cosine(a, r, b, r, dim)
    min = c < min ? c : min
    sum += c
    unrelated += cosine(a, r, a, (r + half) % rows, dim)
  }
  return { min, mean: sum / rows, rows, unrelatedMean: unrelated / rows }
}
