import { lineKeys, segmentStarts, tierOfKey } from './boundaries.js'
import { memoise, type CountTokens } from './count-tokens.js'
import { isBlank } from './lines.js'
import { splitLongLine } from './split-line.js'
import { TIER, type ChunkSymbol, type FileStructure, type SymbolDefinition } from './structure.js'
import { MAX_ROW_DEFINES } from '../core/index.js'
import { sha256Hex } from '../util/index.js'

export interface ChunkOptions {
  /** Largest chunk, [CLS] and [SEP] included: the embedder never truncates. */
  maxTokens: number
  countTokens: CountTokens
}

export interface Chunk {
  /** 1-based, inclusive; the pieces of a split long line share the line's number. */
  startLine: number
  endLine: number
  text: string
  /** countTokens(text), exactly. */
  tokens: number
  /** SHA-256 (hex) of text as UTF-8. */
  sha256: string
  /** The first declaration the chunk's lines lie in (see symbolAt), when the structure knows one. */
  symbol?: ChunkSymbol
  /**
   * What begins in the chunk (see definitionsIn), lines 1-based, when the structure knows
   * definitions: possibly empty.
   */
  defines?: SymbolDefinition[]
}

/**
 * How far, as a share of the token budget, a line's key competes with its neighbours'. Segment
 * starts are more than REACH * budget apart; 0.4 gave chunks about 65% full on average over real
 * source code (BERT tokenizer, 123 files), with about 1.5 chunks changed per one-line edit.
 */
const REACH = 0.4

/**
 * Cuts a file's lines (./lines.ts splitLines) into chunks of whole lines that each count at most
 * maxTokens tokens, exactly. `structure`, when given, describes these lines (./structure.ts).
 *
 * The rule, chosen so that an edit changes only the chunks near it:
 * 1. Each line is counted once (its count less the count of '' approximates its share of a
 *    chunk) and given a key: its structure, then a hash of its text (see lineKeys).
 * 2. A text that fits is one segment. Otherwise, content-defined segments: a line starts one
 *    when its key is the largest within REACH * budget tokens on either side, the text's start
 *    and end counting as unbeatable, unless it lies inside a declaration that fits the budget
 *    (after the declaration's first line).
 * 3. Each segment becomes one chunk when it fits. A segment too large is cut at the best-keyed
 *    line among those that leave the chunk at least half full and fitting, repeatedly; a
 *    declaration start of a higher tier than that line wins even if it leaves the chunk less full,
 *    so that a declaration that fits begins a chunk, and a line inside a declaration that fits is
 *    a cut only when no other line can be.
 * 4. Each chunk's text is counted exactly once more; when that exceeds maxTokens (the per-line
 *    counts need not add up), its last line is handed to the next chunk until it fits.
 * 5. A line that alone exceeds maxTokens becomes chunks of its own, cut between words or, for a
 *    word too long, inside it; those chunks share the line's number as start and end.
 * Every line lies in exactly one chunk except a split line, which lies in several; a text of only
 * whitespace gives no chunks.
 */
export function chunkLines(
  lines: readonly string[],
  options: ChunkOptions,
  structure?: FileStructure
): Chunk[] {
  const countTokens = memoise(options.countTokens)
  const { maxTokens } = options
  const overhead = countTokens('')
  if (!Number.isInteger(maxTokens) || maxTokens <= overhead) {
    throw new RangeError(`maxTokens must be an integer above ${overhead}, got ${maxTokens}`)
  }
  if (lines.every(isBlank)) return []

  const lineTokens = lines.map(line => Math.max(0, countTokens(line) - overhead))
  const keys = lineKeys(lines, structure)
  const budget = maxTokens - overhead
  const total = lineTokens.reduce((sum, tokens) => sum + tokens, 0)
  const kept = structure && keptWhole(structure, lineTokens, budget)
  let starts = total <= budget ? [0] : segmentStarts(keys, lineTokens, Math.floor(REACH * budget))
  if (kept) starts = starts.filter(line => !kept[line])
  starts.push(lines.length)

  const chunks: Chunk[] = []
  const emit = (first: number, last: number, text: string, tokens: number) => {
    const chunk: Chunk = {
      startLine: first + 1,
      endLine: last + 1,
      text,
      tokens,
      sha256: sha256Hex(text)
    }
    const symbol = structure && symbolAt(structure, first, last)
    if (symbol) chunk.symbol = symbol
    if (structure?.definitions) chunk.defines = definitionsIn(structure.definitions, first, last)
    chunks.push(chunk)
  }

  for (let s = 0; s + 1 < starts.length; s++) {
    let from = starts[s]
    const end = starts[s + 1]
    while (from < end) {
      if (lineTokens[from] > budget) {
        for (const piece of splitLongLine(lines[from], maxTokens, countTokens)) {
          emit(from, from, piece, countTokens(piece))
        }
        from++
        continue
      }
      let to = cut(from, end, lineTokens, keys, budget, kept)
      let text = lines.slice(from, to).join('\n')
      let tokens = countTokens(text)
      // A single line here is counted exactly, so this stops at one line at the latest.
      while (tokens > maxTokens) {
        to--
        text = lines.slice(from, to).join('\n')
        tokens = countTokens(text)
      }
      emit(from, to - 1, text, tokens)
      from = to
    }
  }
  return chunks
}

/**
 * The lines inside a declaration that fits the budget (after its first line): no segment begins
 * there, so that the declaration is cut, if at all, only at its start.
 */
function keptWhole(
  structure: FileStructure,
  lineTokens: readonly number[],
  budget: number
): Uint8Array {
  const kept = new Uint8Array(lineTokens.length)
  for (const { start, end } of structure.declarations) {
    let tokens = 0
    for (let line = start; line <= end && tokens <= budget; line++) tokens += lineTokens[line]
    if (tokens <= budget) kept.fill(1, start + 1, end + 1)
  }
  return kept
}

/**
 * The symbol of the first of lines first..last that lies in a declaration: the declaration that
 * holds the chunk's start, or else the first one the chunk holds, so that a chunk that begins
 * with imports or constants still names what it defines (search ranks definitions by it).
 */
function symbolAt(structure: FileStructure, first: number, last: number): ChunkSymbol | undefined {
  for (let line = first; line <= last; line++) {
    const symbol = structure.symbols[line]
    if (symbol) return symbol
  }
  return undefined
}

/**
 * The definitions (sorted by line) that begin on lines first..last, the first MAX_ROW_DEFINES of
 * them, their lines made 1-based.
 */
function definitionsIn(
  definitions: readonly SymbolDefinition[],
  first: number,
  last: number
): SymbolDefinition[] {
  let low = 0
  let high = definitions.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (definitions[middle].line < first) low = middle + 1
    else high = middle
  }
  const found: SymbolDefinition[] = []
  for (let i = low; i < definitions.length && definitions[i].line <= last; i++) {
    if (found.length === MAX_ROW_DEFINES) break
    found.push({ ...definitions[i], line: definitions[i].line + 1 })
  }
  return found
}

/**
 * Where the chunk starting at line `from` ends (exclusive): the segment end when the rest of the
 * segment fits, else the best-keyed line that keeps the chunk fitting and at least half full
 * (the first line that does not fit is always a candidate), unless a line of a higher tier that
 * begins a declaration keeps it fitting: then the best-keyed of those. Ties go to the later line.
 * A line inside a declaration that fits (`kept`) is a candidate only when no other line is.
 */
function cut(
  from: number,
  end: number,
  lineTokens: readonly number[],
  keys: readonly number[],
  budget: number,
  kept?: Uint8Array
): number {
  let fit = from
  let total = 0
  while (fit < end && total + lineTokens[fit] <= budget) total += lineTokens[fit++]
  if (fit === end) return end
  let best = kept?.[fit] ? undefined : fit
  let declaration: number | undefined
  let size = total
  for (let candidate = fit - 1; candidate > from; candidate--) {
    size -= lineTokens[candidate]
    if (kept?.[candidate]) continue
    if (2 * size >= budget) {
      if (best === undefined || keys[candidate] > keys[best]) best = candidate
    } else if (tierOfKey(keys[candidate]) >= TIER.nested) {
      if (declaration === undefined || keys[candidate] > keys[declaration]) declaration = candidate
    }
  }
  const tier = (line: number | undefined) => (line === undefined ? -1 : tierOfKey(keys[line]))
  if (declaration !== undefined && tier(declaration) > tier(best)) return declaration
  return best ?? fit
}
