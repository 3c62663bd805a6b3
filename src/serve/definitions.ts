/**
 * Which rows define the names a query asks for, from what each row lists it defines (the syntax
 * chunker's `defines`: each declaration, constant and variable that begins in the chunk, as a
 * path of `kind name` steps), or, in an index older than that list, from the row's symbol (its
 * first declaration). A row defines a name when one of these is named so by its innermost step;
 * a qualified name (`Router.handle`, `module::fn`, `pkg.Func`) must also match the steps above
 * it, innermost first, and what the symbol path lacks of it, the file's folders and name (a Go
 * package, a Python or Rust module), in order. Imports and re-exports declare nothing, so a row of them
 * carries no symbol of its own and defines nothing.
 */
import type { RowDefinition, RowSymbol } from '../artifact/index.js'
import { SYMBOL_PATH_SEPARATOR } from '../core/index.js'

/** Kinds a symbol can have that define no name: an impl block adds to a type defined elsewhere. */
export const NOT_DEFINITIONS: ReadonlySet<string> = new Set(['impl', 'section'])

/** A row that defines a name: its symbol's names, outermost first, and its file's. */
interface Definer {
  row: number
  symbol: readonly string[]
  path: string
}

/**
 * The names of a symbol step's declared name (`kind name`), outermost first: generic arguments
 * dropped, `Trait for Type` read as Type, `Owner.name` and `Owner::name` as two names.
 */
export function declaredNames(step: string): string[] {
  let name = step.slice(step.indexOf(' ') + 1).replace(/<[^<>]*>|\[[^[\]]*\]/g, '')
  const forAt = name.lastIndexOf(' for ')
  if (forAt >= 0) name = name.slice(forAt + ' for '.length)
  return name.split(/::|\./).map(part => part.trim())
}

/** A step's declared names, lowercased: names match whatever their case. */
function stepNames(step: string): string[] {
  return declaredNames(step).map(name => name.toLowerCase())
}

/** Folder names and the file's name without extensions, lowercased: what may qualify a name. */
function pathNames(path: string): string[] {
  const parts = path.toLowerCase().split('/')
  const file = parts.pop()!
  return [...parts, file.split('.')[0]]
}

/** Whether `names` occur in `within` in this order, not necessarily next to each other. */
function inOrder(names: readonly string[], within: readonly string[]): boolean {
  let at = 0
  for (const name of names) {
    while (at < within.length && within[at] !== name) at++
    if (at++ === within.length) return false
  }
  return true
}

function defines({ symbol, path }: Definer, name: readonly string[]): boolean {
  let s = symbol.length - 1
  let n = name.length - 1
  for (; n >= 0 && s >= 0; n--, s--) if (name[n] !== symbol[s]) return false
  return n < 0 || inOrder(name.slice(0, n + 1), pathNames(path))
}

export class Definitions {
  private constructor(
    private readonly rows: number,
    /** Definers by the name their symbol's innermost step declares. */
    private readonly byName: ReadonlyMap<string, readonly Definer[]>
  ) {}

  static of(
    rows: readonly { path: string; symbol?: RowSymbol; defines?: readonly RowDefinition[] }[]
  ): Definitions {
    const byName = new Map<string, Definer[]>()
    rows.forEach(({ path, symbol: rowSymbol, defines }, row) => {
      for (const definition of defines ?? (rowSymbol ? [rowSymbol] : [])) {
        if (NOT_DEFINITIONS.has(definition.kind)) continue
        const symbol = definition.path.split(SYMBOL_PATH_SEPARATOR).flatMap(stepNames)
        const name = symbol[symbol.length - 1]
        const definers = byName.get(name)
        if (definers) definers.push({ row, symbol, path })
        else byName.set(name, [{ row, symbol, path }])
      }
    })
    return new Definitions(rows.length, byName)
  }

  /** By row: how many of the names (./code-tokens.ts qualifiedNames) the row defines. */
  defining(names: readonly (readonly string[])[]): Uint16Array<ArrayBuffer> {
    const count = new Uint16Array(this.rows)
    for (const name of names) {
      // A row that defines a name twice (overloads, a class and its constructor) counts it once.
      const rows = new Set<number>()
      for (const definer of this.byName.get(name[name.length - 1]) ?? []) {
        if (defines(definer, name)) rows.add(definer.row)
      }
      for (const row of rows) count[row]++
    }
    return count
  }
}
