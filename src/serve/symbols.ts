/**
 * Definitions by name, from the symbol data the syntax chunker records on each row: what the row
 * defines (`defines`, each with its line) or, in an index older than that list, the row's symbol
 * (its first declaration, at the row's first line). A name matches whatever its case, whole or as
 * a prefix; whole matches come first, then by name, path and line.
 */
import type { RowDefinition, RowSymbol } from '../artifact/index.js'
import { SYMBOL_PATH_SEPARATOR } from '../core/index.js'
import { declaredNames, NOT_DEFINITIONS } from './definitions.js'

export interface SymbolDefinition {
  /** The name the definition declares, as written. */
  name: string
  kind: string
  /** The whole symbol path, outermost first: `class Cluster > method run`. */
  symbol: string
  path: string
  /** 1-based: the line the definition begins on. */
  line: number
  /** The lines of the chunk it begins in, 1-based and inclusive (get_chunk reads them). */
  start_line: number
  end_line: number
}

export interface SymbolMatch extends SymbolDefinition {
  match: 'exact' | 'prefix'
}

interface Entry {
  key: string
  definition: SymbolDefinition
}

type SymbolRow = {
  path: string
  start_line: number
  end_line: number
  symbol?: RowSymbol
  defines?: readonly RowDefinition[]
}

const byKey = (a: Entry, b: Entry): number =>
  compare(a.key, b.key) ||
  compare(a.definition.path, b.definition.path) ||
  a.definition.line - b.definition.line ||
  compare(a.definition.symbol, b.definition.symbol)

/** Code-unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export class SymbolTable {
  /** Sorted by lowercased name, so a name's whole matches sit just before its prefix matches. */
  private constructor(private readonly entries: readonly Entry[]) {}

  static of(rows: readonly SymbolRow[]): SymbolTable {
    const entries: Entry[] = []
    for (const row of rows) {
      const definitions =
        row.defines ?? (row.symbol ? [{ ...row.symbol, line: row.start_line }] : [])
      for (const { path: symbol, kind, line } of definitions) {
        if (NOT_DEFINITIONS.has(kind)) continue
        const steps = symbol.split(SYMBOL_PATH_SEPARATOR)
        const names = declaredNames(steps[steps.length - 1])
        const name = names[names.length - 1]
        const { path, start_line, end_line } = row
        entries.push({
          key: name.toLowerCase(),
          definition: { name, kind, symbol, path, line, start_line, end_line }
        })
      }
    }
    return new SymbolTable(entries.sort(byKey))
  }

  /** The first `limit` definitions whose name is `name` or begins with it, and how many there are. */
  find(name: string, limit: number): { matches: SymbolMatch[]; total: number } {
    const key = name.toLowerCase()
    const first = this.firstAtLeast(key)
    // Every key that begins with `key` sorts before `key` followed by the highest code unit.
    const end = this.firstAtLeast(key + '\uffff')
    const matches = this.entries.slice(first, Math.min(end, first + limit)).map(entry => ({
      ...entry.definition,
      match: entry.key === key ? ('exact' as const) : ('prefix' as const)
    }))
    return { matches, total: end - first }
  }

  private firstAtLeast(key: string): number {
    let low = 0
    let high = this.entries.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.entries[middle].key < key) low = middle + 1
      else high = middle
    }
    return low
  }
}
