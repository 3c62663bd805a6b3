/**
 * What the syntax chunker changes, against the line rule on the same files and tokenizer:
 * where chunks begin, how full they are, how many there are, and how many an edit re-embeds.
 * None of these figures depends on the machine or its load.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { chunkLines, type Chunk } from '../src/chunk/line-rule.js'
import { memoise, type CountTokens } from '../src/chunk/count-tokens.js'
import { analyseFile, type FileAnalysis } from '../src/chunk/file-chunker.js'
import { splitLines } from '../src/chunk/lines.js'
import { randomEdits, reembedded } from './edits.js'

export type ChunkerName = 'syntax' | 'lines'

export interface ChunkerFigures {
  chunks: number
  chunksPerFile: number
  /** Mean of tokens ÷ max tokens over all chunks. */
  meanFill: number
  /**
   * Share of the chunks of files with a structure (parsed code, Markdown) whose first line is a
   * declaration's first line or one of its leading comments (Markdown: a heading).
   */
  atDeclaration: number
}

export interface StabilityFigures {
  edits: number
  /** Share of the edits that re-embed at most 2 chunks. */
  atMostTwo: number
  meanReembedded: number
  maxReembedded: number
}

export interface CorpusChunking {
  corpus: string
  files: number
  maxTokens: number
  /** How the syntax chunker cut the files. */
  filesByChunker: Record<string, number>
  figures: Record<ChunkerName, ChunkerFigures>
  stability: Record<ChunkerName, StabilityFigures>
}

interface FileChunks {
  path: string
  analysis: FileAnalysis
  chunks: Record<ChunkerName, Chunk[]>
}

async function chunkBoth(
  filePath: string,
  content: string,
  options: { maxTokens: number; countTokens: CountTokens }
): Promise<Omit<FileChunks, 'path'>> {
  const analysis = await analyseFile(filePath, content)
  return {
    analysis,
    chunks: {
      syntax: chunkLines(analysis.lines, options, analysis.structure),
      lines: chunkLines(splitLines(content), options)
    }
  }
}

function figuresOf(files: readonly FileChunks[], chunker: ChunkerName, maxTokens: number) {
  const all = files.flatMap(file => file.chunks[chunker])
  let structured = 0
  let atDeclaration = 0
  for (const { analysis, chunks } of files) {
    if (!analysis.structure) continue
    const starts = new Set<number>()
    for (const d of analysis.structure.declarations) {
      for (let line = d.start; line <= d.head; line++) starts.add(line)
    }
    structured += chunks[chunker].length
    atDeclaration += chunks[chunker].filter(c => starts.has(c.startLine - 1)).length
  }
  return {
    chunks: all.length,
    chunksPerFile: all.length / files.length,
    meanFill: all.reduce((sum, c) => sum + c.tokens / maxTokens, 0) / all.length,
    atDeclaration: structured > 0 ? atDeclaration / structured : 0
  }
}

/** Re-embedded chunks per edit, for both chunkers on the very same edits. */
async function stabilityOf(
  files: readonly FileChunks[],
  options: { maxTokens: number; countTokens: CountTokens },
  edits: number,
  seed: number
): Promise<Record<ChunkerName, StabilityFigures>> {
  const byPath = new Map(files.map(file => [file.path, file]))
  const counts: Record<ChunkerName, number[]> = { syntax: [], lines: [] }
  for (const edit of randomEdits(files, edits, seed)) {
    const before = byPath.get(edit.path)!.chunks
    const after = (await chunkBoth(edit.path, edit.content, options)).chunks
    for (const chunker of ['syntax', 'lines'] as const) {
      counts[chunker].push(reembedded(before[chunker], after[chunker]))
    }
  }
  const summary = (values: number[]): StabilityFigures => ({
    edits: values.length,
    atMostTwo: values.filter(n => n <= 2).length / values.length,
    meanReembedded: values.reduce((a, b) => a + b, 0) / values.length,
    maxReembedded: Math.max(...values)
  })
  return { syntax: summary(counts.syntax), lines: summary(counts.lines) }
}

/** Chunks the corpus under `root` (files relative to it) both ways and edits it `edits` times. */
export async function measureChunking(
  corpus: string,
  root: string,
  files: readonly string[],
  options: { maxTokens: number; countTokens: CountTokens; edits: number; seed: number }
): Promise<CorpusChunking> {
  // One cache over the whole measurement: every file is chunked many times.
  const chunkOptions = { maxTokens: options.maxTokens, countTokens: memoise(options.countTokens) }
  const chunked: FileChunks[] = []
  const filesByChunker: Record<string, number> = {}
  for (const file of files) {
    const content = await readFile(path.join(root, file), 'utf8')
    const result = await chunkBoth(file, content, chunkOptions)
    chunked.push({ path: file, ...result })
    const used = result.analysis.chunker
    filesByChunker[used] = (filesByChunker[used] ?? 0) + 1
  }
  return {
    corpus,
    files: files.length,
    maxTokens: options.maxTokens,
    filesByChunker,
    figures: {
      syntax: figuresOf(chunked, 'syntax', options.maxTokens),
      lines: figuresOf(chunked, 'lines', options.maxTokens)
    },
    stability: await stabilityOf(chunked, chunkOptions, options.edits, options.seed)
  }
}
