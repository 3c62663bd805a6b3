/** At most this many lines of a chunk in a search hit, each cut at LINE_CHARS characters. */
const SNIPPET_LINES = 6
const LINE_CHARS = 200

export interface Snippet {
  snippet: string
  /** The line number of the snippet's first line. */
  snippet_line: number
}

/**
 * A few lines of a chunk for a search hit, around the line holding the most query terms (the
 * chunk's first non-blank line when none holds any), so that a keyword hit shows why it matched.
 */
export function snippetOf(text: string, startLine: number, terms: readonly string[]): Snippet {
  const lines = text.split('\n')
  let best = Math.max(
    0,
    lines.findIndex(line => line.trim() !== '')
  )
  let bestCount = 0
  lines.forEach((line, i) => {
    const lower = line.toLowerCase()
    const count = terms.filter(term => lower.includes(term)).length
    if (count > bestCount) [best, bestCount] = [i, count]
  })
  // From the best line on, or the chunk's last lines when it is near the end.
  const from = Math.max(0, Math.min(best, lines.length - SNIPPET_LINES))
  const shown = lines
    .slice(from, from + SNIPPET_LINES)
    .map(line => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line))
  return { snippet: shown.join('\n'), snippet_line: startLine + from }
}
