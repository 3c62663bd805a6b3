/**
 * Chunks one file by what it is: a file of a language of ./languages.ts by its syntax tree,
 * Markdown by its headings, anything else (and a file the parser cannot read) by the line rule.
 */
import { chunkLines, type Chunk, type ChunkOptions } from './chunker.js'
import { Grammars } from './grammars.js'
import { languageOf, LANGUAGES, RUNTIME_WASM } from './languages.js'
import { splitLines } from './lines.js'
import { markdownStructure } from './markdown.js'
import type { FileStructure } from './structure.js'
import { errorLines, structureOf } from './syntax.js'
import { sha256Hex } from '../util/digest.js'

/** How a file was cut, as stats.json counts files (files_by_chunker). */
export type ChunkerUsed =
  /** By its syntax tree. */
  | 'syntax'
  /** Markdown, by its headings. */
  | 'markdown'
  /** By the line rule: a file of no known language, or every file with the 'lines' rule. */
  | 'lines'
  /** By the line rule: the parser could not read more than MAX_ERROR_SHARE of it. */
  | 'lines-parse-error'
  /** By the line rule: too large to parse, or over the parse budget (./grammars.ts). */
  | 'lines-over-budget'

export interface FileChunks {
  /** The file's language, as ./languages.ts names it; null for any other file. */
  language: string | null
  chunker: ChunkerUsed
  chunks: Chunk[]
}

/**
 * The line rule alone, unchanged since it was the only one: what the 'lines' rule gives,
 * so an index made by the line rule before syntax chunking existed is still its prior.
 */
export const LINE_CHUNKER_VERSION = 'lines-cdc/1'

/**
 * Names the chunking rule (./chunker.ts, ./boundaries.ts, ./split-line.ts, ./structure.ts,
 * ./syntax.ts, ./markdown.ts, ./languages.ts and the constants there): change the number with the
 * rule. The suffix is a digest of the pinned grammar files, so that new grammars, which can move
 * boundaries, make another version by themselves. The index manifest records it, and a prior
 * index made by another version is not reused.
 */
export const CHUNKER_VERSION = `syntax-cdc/2+${sha256Hex(
  [RUNTIME_WASM, ...LANGUAGES.map(l => l.grammar)].map(g => g.sha256).join('\n')
).slice(0, 8)}`

/**
 * 'syntax': the rule above; 'lines': the line rule alone for every file (the index then records
 * LINE_CHUNKER_VERSION), a way out should a grammar misread someone's code, and the bench's
 * comparison of the two.
 */
export type ChunkRule = 'syntax' | 'lines'

/** The chunking settings an index records, and a prior index must match to be reused. */
export function chunkingSettings(
  maxTokens: number,
  rule: ChunkRule
): { chunker: string; max_tokens: number } {
  return {
    chunker: rule === 'lines' ? LINE_CHUNKER_VERSION : CHUNKER_VERSION,
    max_tokens: maxTokens
  }
}

/**
 * A file whose ERROR nodes cover more than this share of its lines is cut by the line rule:
 * a few unreadable lines (a macro the grammar does not know) leave the rest of the tree good.
 */
export const MAX_ERROR_SHARE = 0.1

/** The grammars, loaded once per process: they never change while it runs. */
const grammars = new Grammars()

/** What the chunker reads in a file before cutting it. */
export interface FileAnalysis {
  language: string | null
  chunker: ChunkerUsed
  /** The file's lines (./lines.ts). */
  lines: string[]
  /** What its syntax or headings say about them; none for the line rule. */
  structure?: FileStructure
}

export async function analyseFile(
  path: string,
  content: string,
  rule: ChunkRule = 'syntax'
): Promise<FileAnalysis> {
  const lines = splitLines(content)
  const found = languageOf(path, content)
  if (found.kind === 'none') return { language: null, chunker: 'lines', lines }
  const language = found.kind === 'markdown' ? 'markdown' : found.language.name
  if (rule === 'lines') return { language, chunker: 'lines', lines }
  if (found.kind === 'markdown') {
    return { language, chunker: 'markdown', lines, structure: markdownStructure(lines) }
  }
  // Parsed as the chunker reads it, so that the tree's rows are these lines.
  const parsed = await grammars.parse(lines.join('\n'), found.language)
  if ('failure' in parsed) return { language, chunker: 'lines-over-budget', lines }
  const { tree } = parsed
  try {
    if (errorLines(tree) > MAX_ERROR_SHARE * lines.length) {
      return { language, chunker: 'lines-parse-error', lines }
    }
    return {
      language,
      chunker: 'syntax',
      lines,
      structure: structureOf(tree, lines, found.language)
    }
  } finally {
    tree.delete()
  }
}

export async function chunkFile(
  path: string,
  content: string,
  options: ChunkOptions,
  rule: ChunkRule = 'syntax'
): Promise<FileChunks> {
  const { language, chunker, lines, structure } = await analyseFile(path, content, rule)
  return { language, chunker, chunks: chunkLines(lines, options, structure) }
}
