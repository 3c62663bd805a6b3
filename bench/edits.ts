/**
 * One-line edits inside function bodies, for measuring how many chunks an edit re-embeds: a
 * line of a function or method (not its first or last) that begins a statement gets its last
 * identifier renamed, which keeps the code as valid as it was.
 */
import type { Chunk } from '../src/chunk/line-rule.js'
import type { FileAnalysis } from '../src/chunk/file-chunker.js'
import { TIER } from '../src/chunk/structure.js'
import { seededRandom } from '../tools/fixture-model/random.js'

/** Words of the listed languages that must not be renamed. */
const KEYWORDS = new Set(
  (
    'and as async await begin break case catch class const continue def default defer del do ' +
    'elif else end ensure enum except export extends false fi finally fn for foreach from func ' +
    'function go if impl import in interface is lambda let local loop match mut new nil none ' +
    'not null of or package pass pub raise range rescue return select self static struct super ' +
    'switch then this throw true try type unless until use var void when where while with yield'
  ).split(' ')
)

/** The lines (0-based) inside a function or method body that begin a statement. */
export function bodyLines(analysis: FileAnalysis): number[] {
  const { structure } = analysis
  if (!structure) return []
  const lines = new Set<number>()
  for (const { head, end } of structure.declarations) {
    for (let line = head + 1; line < end; line++) {
      const kind = structure.symbols[line]?.kind
      if ((kind === 'function' || kind === 'method') && structure.tiers[line] >= TIER.node) {
        lines.add(line)
      }
    }
  }
  return [...lines].sort((a, b) => a - b)
}

/** The line with its last identifier (3+ characters, not a keyword) renamed, if it has one. */
export function renameLastIdentifier(line: string): string | undefined {
  const words = [...line.matchAll(/[A-Za-z_][A-Za-z0-9_]{2,}/g)]
  const word = words.reverse().find(w => !KEYWORDS.has(w[0].toLowerCase()))
  if (word === undefined || word.index === undefined) return undefined
  const end = word.index + word[0].length
  return `${line.slice(0, end)}_edited${line.slice(end)}`
}

export interface Edit {
  path: string
  /** 0-based. */
  line: number
  /** The whole file after the edit. */
  content: string
}

/**
 * `count` random edits (seeded), each at a line drawn uniformly from the editable lines of all the
 * files (given with their analysis by the syntax chunker).
 */
export function randomEdits(
  files: readonly { path: string; analysis: FileAnalysis }[],
  count: number,
  seed: number
): Edit[] {
  const random = seededRandom(seed)
  const sites = files.flatMap(({ path, analysis }) =>
    bodyLines(analysis).flatMap(line => {
      const edited = renameLastIdentifier(analysis.lines[line])
      return edited === undefined ? [] : [{ path, analysis, line, edited }]
    })
  )
  if (sites.length === 0) throw new Error('no line inside a function body to edit')
  return Array.from({ length: count }, () => {
    const { path, analysis, line, edited } = sites[Math.floor(random() * sites.length)]
    const lines = [...analysis.lines]
    lines[line] = edited
    return { path, line, content: lines.join('\n') }
  })
}

/** How many chunks of `after` a later run embeds: those whose text no chunk of `before` has. */
export function reembedded(before: readonly Chunk[], after: readonly Chunk[]): number {
  const known = new Set(before.map(chunk => chunk.sha256))
  return after.filter(chunk => !known.has(chunk.sha256)).length
}
