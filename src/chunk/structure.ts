/**
 * What a file's syntax says about each of its lines: how good a place it is to begin a chunk
 * (./boundaries.ts ranks lines by it), and which declaration it lies in (a chunk's symbol).
 */
import { MAX_SYMBOL_PATH_BYTES } from '../artifact/format.js'

/** How a line begins, best last. */
export const TIER = {
  /** Nothing begins here: a blank line, a closing bracket, the inside of a string or comment. */
  none: 0,
  /** A syntax node begins here (a statement, an expression, a comment). */
  node: 1,
  /** A declaration inside another declaration begins here (a method, a nested function). */
  nested: 2,
  /** A top-level declaration, or a group of top-level statements, begins here. */
  top: 3
} as const

export type Tier = (typeof TIER)[keyof typeof TIER]

/** Nesting below this counts as this deep. */
export const MAX_DEPTH = 15

/** A chunk's declaration: its qualified name path and its kind. */
export interface ChunkSymbol {
  /** e.g. `class Cluster > method run` */
  path: string
  /** The innermost declaration's kind, e.g. `method` */
  kind: string
}

/** What a file defines from one line on: a declaration, or a top-level constant or variable. */
export interface SymbolDefinition extends ChunkSymbol {
  /** The line it begins on (a declaration's own first line, not its leading comments), 0-based. */
  line: number
}

export interface DeclarationLines {
  /** First line, leading comments and attributes included. */
  start: number
  /** First line of the declaration itself (its outermost wrapper's, e.g. `export`). */
  head: number
  /** Last line, inclusive. */
  end: number
}

export interface FileStructure {
  /** Per line, its Tier. */
  tiers: Uint8Array
  /** Per line, how deep the outermost node beginning there lies (1 = a child of the file). */
  depths: Uint8Array
  /** Per line, the innermost declaration that holds it, if any. */
  symbols: (ChunkSymbol | undefined)[]
  /** Each declaration's lines (Markdown: each section's), 0-based. */
  declarations: DeclarationLines[]
  /**
   * Every declaration, constant and variable, by line (ties in the file's order); undefined
   * where nothing is a definition (Markdown). Unlike declarations, these never place a chunk.
   */
  definitions?: SymbolDefinition[]
}

export function emptyStructure(lines: number): FileStructure {
  return {
    tiers: new Uint8Array(lines),
    depths: new Uint8Array(lines).fill(MAX_DEPTH),
    symbols: new Array<ChunkSymbol | undefined>(lines).fill(undefined),
    declarations: []
  }
}

/** Between the steps of a symbol path: `class Cluster > method run`. */
export const SYMBOL_PATH_SEPARATOR = ' > '

/** Names a declaration in a symbol path: `method run`, `class <anonymous>`. */
export function symbolStep(kind: string, name: string | undefined): string {
  return `${kind} ${name ?? '<anonymous>'}`
}

/** Longest name a symbol step keeps: enough for any real name, not for a whole generic type. */
const MAX_NAME = 120

/** A declaration's name as one short line: whitespace runs become one space. */
export function oneLineName(text: string): string {
  const name = [...text.replace(/\s+/g, ' ').trim()]
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).join('')}…` : name.join('')
}

/**
 * A symbol path that fits MAX_SYMBOL_PATH_BYTES: its outer steps dropped first, since a path is
 * matched from the inside out. One step always fits: oneLineName keeps a name to MAX_NAME
 * characters, at most 4 bytes each.
 */
export function boundedSymbolPath(path: string): string {
  const steps = path.split(SYMBOL_PATH_SEPARATOR)
  let bounded = path
  while (steps.length > 1 && Buffer.byteLength(bounded) > MAX_SYMBOL_PATH_BYTES) {
    steps.shift()
    bounded = steps.join(SYMBOL_PATH_SEPARATOR)
  }
  return bounded
}
