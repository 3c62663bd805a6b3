/**
 * The evaluation set of the definitions bench, drawn from an index's own rows: identifiers
 * (as keyword search's tokenizer counts them) that exactly one row lists as defined, and that the
 * text of another file uses, so that a use can outrank the definition.
 */
import type { ChunkRow } from '../src/artifact/format.js'
import { qualifiedNames } from '../src/serve/code-tokens.js'
import { NOT_DEFINITIONS } from '../src/serve/definitions.js'
import { pickEvenly } from './corpus.js'

const WORD = /[A-Za-z_$][\w$]*/g

export interface DefinitionCase {
  name: string
  /** The row that defines it. */
  row: number
  /** The language group it is counted in ('npm (JS/TS)', 'python', 'go'). */
  group: string
}

/** The name a definition's path declares: its innermost step's last segment (`Router.Handle`). */
function declaredName(path: string): string {
  const step = path.split(' > ').pop()!
  return step
    .slice(step.indexOf(' ') + 1)
    .split(/::|\./)
    .pop()!
}

function groupOf(language: string | null): string | undefined {
  if (language === 'javascript' || language === 'typescript') return 'npm (JS/TS)'
  if (language === 'python' || language === 'go') return language
  return undefined
}

/** At most `perGroup` cases per language group, spread evenly over its names in order. */
export function definitionCases(rows: readonly ChunkRow[], perGroup: number): DefinitionCase[] {
  // Lowercased, as search compares names: `Handle` and `handle` are one name to it.
  const definers = new Map<string, { name: string; row: number }[]>()
  rows.forEach((row, i) => {
    for (const definition of row.defines ?? []) {
      if (NOT_DEFINITIONS.has(definition.kind)) continue
      const name = declaredName(definition.path)
      const key = name.toLowerCase()
      definers.set(key, [...(definers.get(key) ?? []), { name, row: i }])
    }
  })
  const files = new Map<string, Set<string>>()
  for (const row of rows) {
    for (const [word] of (row.text ?? '').matchAll(WORD)) {
      const key = word.toLowerCase()
      if (!definers.has(key)) continue
      const seen = files.get(key) ?? new Set<string>()
      seen.add(row.path)
      files.set(key, seen)
    }
  }
  const byGroup = new Map<string, DefinitionCase[]>()
  for (const [key, found] of definers) {
    if (found.length !== 1) continue
    const [{ name, row }] = found
    const group = groupOf(rows[row].language)
    const names = qualifiedNames(name)
    if (group === undefined || names.length !== 1 || names[0].length !== 1) continue
    const usedElsewhere = [...(files.get(key) ?? [])].some(path => path !== rows[row].path)
    if (!usedElsewhere) continue
    byGroup.set(group, [...(byGroup.get(group) ?? []), { name, row, group }])
  }
  return [...byGroup.values()].flatMap(cases => {
    const byName = new Map(cases.map(c => [c.name, c]))
    const picked =
      cases.length <= perGroup ? [...byName.keys()] : pickEvenly([...byName.keys()], perGroup)
    return picked.sort().map(name => byName.get(name)!)
  })
}
