/**
 * Markdown's structure by a small rule, not a grammar: its sections begin at headings. A heading
 * is an ATX heading (`#` to `######` and a space) or a setext one (a text line underlined with
 * `===` or `---`), outside fenced code blocks and outside YAML front matter. Levels 1 and 2 rank
 * like top-level declarations, deeper levels like nested ones; the other lines keep the line rule.
 */
import {
  emptyStructure,
  oneLineName,
  symbolStep,
  TIER,
  type ChunkSymbol,
  type DeclarationLines,
  type FileStructure
} from './structure.js'

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
/** Lines that cannot be a setext heading's text: blank, list items, quotes, fences, headings. */
const NOT_SETEXT_TEXT = /^\s*$|^ {0,3}(?:[-+*>#]|\d+[.)]|```|~~~)/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Each line's heading level (1-6), 0 for a line that is not a heading's text. */
function headingLevels(lines: readonly string[]): number[] {
  const levels = lines.map(() => 0)
  let fence: string | undefined
  let from = 0
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line))
    if (end > 0) from = end + 1
  }
  for (let i = from; i < lines.length; i++) {
    const marker = FENCE.exec(lines[i])?.[1]
    if (fence !== undefined) {
      if (marker?.[0] === fence[0] && marker.length >= fence.length) fence = undefined
      continue
    }
    if (marker !== undefined) {
      fence = marker
      continue
    }
    const atx = ATX.exec(lines[i])
    if (atx) levels[i] = atx[1].length
    else if (!NOT_SETEXT_TEXT.test(lines[i]) && i + 1 < lines.length) {
      const underline = SETEXT_UNDERLINE.exec(lines[i + 1])?.[1]
      if (underline !== undefined) levels[i] = underline[0] === '=' ? 1 : 2
    }
  }
  return levels
}

function headingText(line: string): string {
  const atx = ATX.exec(line)
  return oneLineName(atx ? (atx[2] ?? '') : line)
}

export function markdownStructure(lines: readonly string[]): FileStructure {
  const structure = emptyStructure(lines.length)
  const sections: { level: number; symbol: ChunkSymbol; lines: DeclarationLines }[] = []
  headingLevels(lines).forEach((level, i) => {
    if (level > 0) {
      // A section ends where a heading of its level or above begins, or at the end.
      while (sections.length > 0 && sections[sections.length - 1].level >= level) {
        sections.pop()!.lines.end = i - 1
      }
      const parent = sections[sections.length - 1]
      const step = symbolStep('section', headingText(lines[i]) || undefined)
      const section = {
        level,
        symbol: { path: parent ? `${parent.symbol.path} > ${step}` : step, kind: 'section' },
        lines: { start: i, head: i, end: lines.length - 1 }
      }
      sections.push(section)
      structure.declarations.push(section.lines)
      structure.tiers[i] = level <= 2 ? TIER.top : TIER.nested
      structure.depths[i] = level
    }
    structure.symbols[i] = sections[sections.length - 1]?.symbol
  })
  return structure
}
