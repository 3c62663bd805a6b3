/**
 * Where each row of the new index comes from: a file whose content the prior index holds keeps
 * its rows and vectors; any other file is chunked, and each chunk either reuses a prior vector of
 * the same text or becomes an item to embed.
 */
import type { FileEntry, ChunkRow } from '../artifact/index.js'
import type { PriorIndex } from '../artifact/index.js'
import { chunkFile, type ChunkerUsed, type ChunkRule, type CountTokens } from '../chunk/index.js'
import type { EmbedItem } from '../embed/index.js'
import type { Progress } from '../report/index.js'
import type { ScannedFile } from '../core/index.js'

/** A reused vector, or the index of the item whose vector the row gets. */
type RowSource = Float32Array | number

interface FilePlan {
  file: ScannedFile
  rows: ChunkRow[]
  sources: RowSource[]
  /** Some row of it is embedded in this run. */
  embedded: boolean
}

export interface RowPlan {
  files: FilePlan[]
  /** What must be embedded, in the order the rows' sources number them. */
  items: EmbedItem[]
  rows: number
  /** The files chunked in this run (not reused whole from the prior), by how they were cut. */
  filesByChunker: Partial<Record<ChunkerUsed, number>>
}

/** The token counter of the model chunks are cut for, loaded on first use (./model.ts). */
interface TokenCounter {
  load(): Promise<{ countTokens: CountTokens }>
}

interface PlanSettings {
  maxTokens: number
  storeText: boolean
  chunker: ChunkRule
}

export async function planRows(
  files: readonly ScannedFile[],
  prior: PriorIndex | undefined,
  settings: PlanSettings,
  model: TokenCounter,
  progress: Progress
): Promise<RowPlan> {
  const plan: RowPlan = { files: [], items: [], rows: 0, filesByChunker: {} }
  for (const [n, file] of files.entries()) {
    const reused = prior?.fileBySha(file.path, file.sha256)
    const filePlan = reused
      ? { file, rows: reused.rows, sources: reused.vectors, embedded: false }
      : await planChangedFile(file, prior, settings, model, plan)
    plan.files.push(filePlan)
    plan.rows += filePlan.rows.length
    progress.update(n + 1)
  }
  if (files.length > 0) progress.finish()
  return plan
}

async function planChangedFile(
  file: ScannedFile,
  prior: PriorIndex | undefined,
  { maxTokens, storeText, chunker: rule }: PlanSettings,
  model: TokenCounter,
  { items, filesByChunker }: RowPlan
): Promise<FilePlan> {
  const { countTokens } = await model.load()
  const plan: FilePlan = { file, rows: [], sources: [], embedded: false }
  const { language, chunker, chunks } = await chunkFile(
    file.path,
    file.content,
    { maxTokens, countTokens },
    rule
  )
  filesByChunker[chunker] = (filesByChunker[chunker] ?? 0) + 1
  for (const chunk of chunks) {
    plan.rows.push({
      path: file.path,
      start_line: chunk.startLine,
      end_line: chunk.endLine,
      tokens: chunk.tokens,
      sha256: chunk.sha256,
      language,
      ...(chunk.symbol ? { symbol: chunk.symbol } : {}),
      ...(chunk.defines ? { defines: chunk.defines } : {}),
      ...(storeText ? { text: chunk.text } : {})
    })
    const vector = prior?.vectorByChunkSha(chunk.sha256)
    if (vector) {
      plan.sources.push(vector)
      continue
    }
    plan.sources.push(items.length)
    plan.embedded = true
    items.push({
      text: chunk.text,
      tokens: chunk.tokens,
      label: `${file.path}:${chunk.startLine}-${chunk.endLine}`
    })
  }
  return plan
}

interface AssembledRows {
  files: FileEntry[]
  rows: ChunkRow[]
  vectors: Float32Array
}

/** The index's files, rows and vectors in file order; `embedded` holds the items' vectors. */
export function assembleRows(
  plan: RowPlan,
  embedded: Float32Array,
  dimension: number
): AssembledRows {
  const vectors = new Float32Array(plan.rows * dimension)
  const rows: ChunkRow[] = []
  const files: FileEntry[] = []
  for (const { file, rows: fileRows, sources } of plan.files) {
    files.push({
      path: file.path,
      sha256: file.sha256,
      bytes: file.bytes,
      git_blob: file.gitBlob,
      first_row: rows.length,
      rows: fileRows.length
    })
    fileRows.forEach((row, i) => {
      const source = sources[i]
      const vector =
        typeof source === 'number'
          ? embedded.subarray(source * dimension, (source + 1) * dimension)
          : source
      vectors.set(vector, rows.length * dimension)
      rows.push(row)
    })
  }
  return { files, rows, vectors }
}
