import { isBlank } from './lines.js'
import { MAX_DEPTH, type FileStructure } from './structure.js'

/** A key's parts, most significant first: tier, depth rank, line rank, then a 32-bit hash. */
const HASH = 2 ** 32
const LINE_RANKS = 8
const DEPTH_RANKS = MAX_DEPTH + 1

/**
 * How much a line is worth starting a chunk with: a hash of its own text (so the choice depends
 * on content, not position) ranked below a structural preference, so that chunks tend to begin
 * where code and prose begin a unit.
 *
 * Without a syntax structure (the line rule): an unindented line after a blank line (a top-level
 * declaration, a paragraph) is best, then an unindented line, then an indented line after a blank
 * line, then any other line; blank lines and lines opening with a closing bracket are worst.
 *
 * With one, above that: the line's tier (a top-level declaration or statement group, then a
 * nested declaration, then the start of any other node, then the rest; see ./structure.ts), then
 * how shallow the node beginning there lies, so that a long function is cut between its
 * outermost statements before its inner ones. The line rule breaks the remaining ties.
 */
export function lineKeys(lines: readonly string[], structure?: FileStructure): number[] {
  return lines.map((text, i) => {
    let rank = lineRank(text, i > 0 && isBlank(lines[i - 1]))
    if (structure) {
      const depthRank = MAX_DEPTH - structure.depths[i]
      rank += (structure.tiers[i] * DEPTH_RANKS + depthRank) * LINE_RANKS
    }
    return rank * HASH + fnv1a(text)
  })
}

/** The tier (./structure.ts) a key was made with; 0 for every key of the line rule. */
export function tierOfKey(key: number): number {
  return Math.floor(key / HASH / LINE_RANKS / DEPTH_RANKS)
}

function lineRank(text: string, afterBlank: boolean): number {
  if (isBlank(text) || /^\s*[)\]}]/.test(text)) return 0
  const unindented = !/^\s/.test(text)
  return 1 + (unindented ? 2 : 0) + (afterBlank ? 1 : 0)
}

/** 32-bit FNV-1a over UTF-16 code units: cheap, stable across platforms and versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * The lines that start a segment, by a content-defined rule: line i starts one when its key is the
 * largest among all lines within `reach` tokens of it, before or after (the first of equal keys
 * wins), the start and the end of the text counting as lines with a key larger than any. Line 0
 * always starts one. The decision for a line depends only on the lines within reach of it, so an
 * edit moves only the starts near it; segments hold more than `reach` tokens, and on average
 * about twice that. Linear: a sliding-window maximum over token positions.
 */
export function segmentStarts(
  keys: readonly number[],
  lineTokens: readonly number[],
  reach: number
): number[] {
  const position: number[] = []
  let total = 0
  for (const tokens of lineTokens) {
    position.push(total)
    total += tokens
  }
  const starts: number[] = []
  // Indices inside the window, keys non-increasing from the front; equal keys keep their order,
  // so the front is the first of the largest.
  const window: number[] = []
  let head = 0
  let next = 0
  for (let i = 0; i < keys.length; i++) {
    while (next < keys.length && position[next] <= position[i] + reach) {
      while (window.length > head && keys[window[window.length - 1]] < keys[next]) window.pop()
      window.push(next++)
    }
    while (position[window[head]] < position[i] - reach) head++
    if (i === 0 || (window[head] === i && position[i] > reach && total - position[i] > reach)) {
      starts.push(i)
    }
  }
  return starts
}
