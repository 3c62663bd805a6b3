import { printable } from '../util/index.js'
import type { SearchHit } from '../serve/index.js'

/**
 * Query hits as text: per hit a line `score  path:start-end` (marked when the file changed since
 * it was indexed, or when the hit is the working tree's, its file new or changed since), then its snippet, numbered and indented. Control characters in paths and text
 * are escaped, so a hit's line stays one line whatever its file is named or holds.
 */
export function renderHits(hits: readonly SearchHit[]): string {
  const lines: string[] = []
  for (const hit of hits) {
    const mark = hit.stale
      ? '  (stale: changed since it was indexed)'
      : hit.source === 'overlay'
        ? '  (working tree: changed since it was indexed)'
        : ''
    lines.push(
      `${hit.score.toFixed(4)}  ${printable(hit.path)}:${hit.start_line}-${hit.end_line}${mark}`
    )
    hit.snippet?.split('\n').forEach((line, i) => {
      lines.push(
        `${String((hit.snippet_line ?? hit.start_line) + i).padStart(8)}  ${printable(line, true)}`
      )
    })
  }
  return lines.map(line => `${line}\n`).join('')
}
