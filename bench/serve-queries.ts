/**
 * The serve bench's queries, drawn (seeded) from the indexed texts so that keyword search has
 * something to find: compound identifiers (`readIndex`, `core.setFailed`), single words and
 * phrases of a few consecutive words, in turn.
 */
const IDENTIFIER = /[A-Za-z_$][\w$]*(?:[A-Z_.][\w$]+)+/g
const WORD = /[A-Za-z]{3,}/g

export function benchQueries(texts: readonly string[], count: number, seed = 7): string[] {
  let state = seed >>> 0
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const pick = <T>(items: readonly T[]): T | undefined =>
    items.length === 0 ? undefined : items[Math.floor(random() * items.length)]
  const queries: string[] = []
  while (queries.length < count) {
    const text = pick(texts)!
    const words = text.match(WORD) ?? []
    const kind = queries.length % 3
    let query: string | undefined
    if (kind === 0) query = pick(text.match(IDENTIFIER) ?? [])
    else if (kind === 1) query = pick(words)
    else if (words.length >= 3) {
      const length = 3 + Math.floor(random() * 3)
      const start = Math.floor(random() * Math.max(1, words.length - length))
      query = words.slice(start, start + length).join(' ')
    }
    if (query !== undefined) queries.push(query)
  }
  return queries
}

/** The nearest-rank percentile (p in 0..100) of the values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
}
