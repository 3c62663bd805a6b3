/**
 * What a file's syntax says about each of its lines: how good a place it is to begin a chunk
 * (./boundaries.ts ranks lines by it), and which declaration it lies in (a chunk's symbol).
 */
import { MAX_SYMBOL_PATH_BYTES, SYMBOL_PATH_SEPARATOR } from '../core/index.js'

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

/** Names a declaration in a symbol path: `method run`, `class <anonymous>`. */
export function symbolStep(kind: string, name: string | undefined): string {
  return `${kind} ${name ?? '<anonymous>'}`
}

/**
 * Most declarations a symbol path names (and MAX_SYMBOL_PATH_BYTES the most bytes it takes): the
 * innermost ones are kept, so that a chunk's path stays short however deep the code nests.
 */
export const MAX_PATH_STEPS = 8

/** Stands first in a path whose outer declarations were left out. */
export const PATH_LEFT_OUT = '…'

/**
 * The steps of a declaration's path: its parent's (as bounded there), then its own, less the
 * outermost ones past the bounds, which a leading PATH_LEFT_OUT then stands for. Costs
 * MAX_PATH_STEPS at most, whatever the depth.
 */
export function nestedSteps(parent: readonly string[], step: string): string[] {
  const named = [...parent.filter(s => s !== PATH_LEFT_OUT), step]
  let shortened = named.length < parent.length + 1
  const fits = () =>
    named.length <= MAX_PATH_STEPS &&
    Buffer.byteLength(pathOf(shortened ? [PATH_LEFT_OUT, ...named] : named)) <=
      MAX_SYMBOL_PATH_BYTES
  // The innermost step stays, whatever its length: a step alone is short (MAX_NAME).
  while (named.length > 1 && !fits()) {
    named.shift()
    shortened = true
  }
  return shortened ? [PATH_LEFT_OUT, ...named] : named
}

/** The path as a chunk records it: `class Cluster > method run`. */
export function pathOf(steps: readonly string[]): string {
  return steps.join(SYMBOL_PATH_SEPARATOR)
}

/** Longest name a symbol step keeps: enough for any real name, not for a whole generic type. */
const MAX_NAME = 120

/** A declaration's name as one short line: whitespace runs become one space. */
export function oneLineName(text: string): string {
  const name = [...text.replace(/\s+/g, ' ').trim()]
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).join('')}…` : name.join('')
}
