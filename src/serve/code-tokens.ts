/**
 * The words keyword search sees in code and prose. A word run is letters, digits, `_` and `$`,
 * possibly joined by `.` or `-` (dotted paths, kebab-case). Each run counts whole, lowercased
 * (`core.setfailed`), and a compound run also counts by its segments (`core`, `setfailed`) and by
 * the words of each segment, split at `_`, `$` and camelCase humps (`set`, `failed`), so that
 * `setFailed` finds `set_failed`'s parts and a query for the whole identifier can still tell an
 * exact match from a chunk that only mentions its parts.
 */
const RUN = /[\p{L}\p{N}_$]+(?:[.-][\p{L}\p{N}_$]+)*/gu

// How a run's characters split it (a run holds nothing but these, letters and digits). Humps are
// found among ASCII letters only; other letters count as lower case.
const LOWER = 0
const UPPER = 1
const WORD_SEPARATOR = 2 // _ and $
const SEGMENT_SEPARATOR = 3 // . and -

function kindOf(code: number): number {
  if (code >= 65 && code <= 90) return UPPER
  if (code === 95 || code === 36) return WORD_SEPARATOR
  if (code === 46 || code === 45) return SEGMENT_SEPARATOR
  return LOWER
}

const NONE: readonly string[] = []

/** Calls `visit` with each word run of the text, as written, in order. */
export function forEachRun(text: string, visit: (run: string) => void): void {
  for (const [run] of text.matchAll(RUN)) visit(run)
}

/** The tokens of one word run: the run whole, lowercased, then its segments and words. */
export function runTokens(run: string): string[] {
  return [run.toLowerCase(), ...subTokens(run)]
}

/**
 * The segments and words of a compound run, lowercased; none for a run of one word. A hump is a
 * capital after a lower-case letter or digit (`setFailed`), or the last capital of an acronym
 * before a capitalised word (`HTMLParser`).
 */
function subTokens(run: string): readonly string[] {
  let compound = false
  for (let i = 0; i < run.length && !compound; i++) compound = kindOf(run.charCodeAt(i)) !== LOWER
  if (!compound) return NONE
  const segments: string[] = []
  const words: string[] = []
  let segmentStart = 0
  let segmentWords = 0 // words of the current segment pushed so far
  let wordStart = 0
  // One step past the end closes the last word and segment. (No closures: this runs per token.)
  for (let i = 0; i <= run.length; i++) {
    const kind = i === run.length ? SEGMENT_SEPARATOR : kindOf(run.charCodeAt(i))
    const hump =
      kind === UPPER &&
      i > wordStart &&
      (kindOf(run.charCodeAt(i - 1)) === LOWER || isLowerLetter(run.charCodeAt(i + 1)))
    if (kind === LOWER || (kind === UPPER && !hump)) continue
    if (i > wordStart) {
      words.push(run.slice(wordStart, i).toLowerCase())
      segmentWords++
    }
    wordStart = kind === UPPER ? i : i + 1
    if (kind !== SEGMENT_SEPARATOR) continue
    // A segment of one word adds nothing beyond the segment itself.
    if (segmentWords === 1) words.pop()
    segments.push(run.slice(segmentStart, i).toLowerCase())
    segmentStart = i + 1
    segmentWords = 0
  }
  return segments.length > 1 ? [...segments, ...words] : words
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122
}

export interface QueryTerms {
  /** Distinct tokens of the query. */
  terms: string[]
  /** Distinct whole runs of the query that are compound identifiers (`buildIndex`, `a.b`). */
  identifiers: string[]
}

export function queryTerms(query: string): QueryTerms {
  const terms = new Set<string>()
  const identifiers = new Set<string>()
  for (const [run] of query.matchAll(RUN)) {
    const parts = subTokens(run)
    terms.add(run.toLowerCase())
    if (parts.length > 0) identifiers.add(run.toLowerCase())
    for (const part of parts) terms.add(part)
  }
  return { terms: [...terms], identifiers: [...identifiers] }
}

/**
 * A run with its `::`-joined neighbours (`module::fn`): query text only. The index never joins
 * runs at `::`, so that what a chunk's text counts, and so every BM25 figure, stays as it was.
 */
const QUALIFIED_RUN = new RegExp(`${RUN.source}(?:::${RUN.source})*`, 'gu')

/**
 * The query's identifiers as qualified names, each the lowercased segments of its path
 * (`Router.handle` → ['router', 'handle'], `module::fn` → ['module', 'fn'], `build_index` →
 * ['build_index']): the identifiers queryTerms finds, plus `::` paths. A segment of a kebab-case
 * name keeps its `-`: that is one name in the languages that write it.
 */
export function qualifiedNames(query: string): string[][] {
  const names = new Map<string, string[]>()
  for (const [run] of query.matchAll(QUALIFIED_RUN)) {
    const qualified = run.includes('::')
    if (!qualified && subTokens(run).length === 0) continue
    const segments = run.toLowerCase().split(/::|\./)
    names.set(segments.join('.'), segments)
  }
  return [...names.values()]
}
