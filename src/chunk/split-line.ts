import type { CountTokens } from './count-tokens.js'

/**
 * Cuts a line too long for one chunk into consecutive pieces that each count at most maxTokens and
 * that concatenate back to the line: between words where possible (a word keeps the whitespace
 * that follows it), inside a word only when the word alone is too long.
 */
export function splitLongLine(line: string, maxTokens: number, countTokens: CountTokens): string[] {
  const overhead = countTokens('')
  const words = wordsOf(line)
  const estimates = words.map(word => Math.max(0, countTokens(word) - overhead))
  const pieces: string[] = []
  let from = 0
  while (from < words.length) {
    let to = from
    let estimate = 0
    while (to < words.length && overhead + estimate + estimates[to] <= maxTokens) {
      estimate += estimates[to++]
    }
    // Word counts need not add up to the count of their concatenation: drop words until it fits.
    while (to > from + 1 && countTokens(words.slice(from, to).join('')) > maxTokens) to--
    if (to === from) {
      pieces.push(...splitWord(words[from], maxTokens, countTokens))
      from++
    } else {
      pieces.push(words.slice(from, to).join(''))
      from = to
    }
  }
  return pieces
}

/**
 * The line's words, each with the whitespace after it and the first also with any before it:
 * what `line.match(/\s*\S+\s*\/g)` gives (the whole line when it has no word). Split at runs of
 * whitespace instead, since that match backtracks over a whole word and, for a word of megabytes,
 * can overflow the regular expression engine's stack.
 */
export function wordsOf(line: string): string[] {
  // Alternately a word (empty only at either end) and the whitespace after it.
  const parts = line.split(/(\s+)/)
  const words: string[] = []
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] === '') continue
    const before = words.length === 0 && i > 0 ? parts[i - 1] : ''
    words.push(before + parts[i] + (parts[i + 1] ?? ''))
  }
  return words.length > 0 ? words : [line]
}

/** Cuts text into the longest prefixes that fit, found by galloping then bisecting. */
function splitWord(text: string, maxTokens: number, countTokens: CountTokens): string[] {
  const pieces: string[] = []
  let rest = text
  while (rest !== '') {
    const length = longestFittingPrefix(rest, maxTokens, countTokens)
    pieces.push(rest.slice(0, length))
    rest = rest.slice(length)
  }
  return pieces
}

function longestFittingPrefix(text: string, maxTokens: number, countTokens: CountTokens): number {
  const fits = (length: number) => countTokens(text.slice(0, length)) <= maxTokens
  let good = codePointEnd(text, 1)
  if (!fits(good)) {
    throw new Error(`one character counts more than ${maxTokens} tokens: cannot chunk it`)
  }
  // Token counts need not grow with length (a longer word can become fewer pieces); every length
  // returned has been counted, so the piece always fits even where the search is not optimal.
  let bad = text.length + 1
  for (let length = codePointEnd(text, 4 * maxTokens); length < bad;) {
    if (!fits(length)) {
      bad = length
      break
    }
    good = length
    if (length === text.length) return length
    length = codePointEnd(text, Math.min(text.length, 2 * length))
  }
  while (bad - good > 1) {
    const middle = codePointEnd(text, (good + bad) >>> 1)
    if (middle <= good || middle >= bad) break
    if (fits(middle)) good = middle
    else bad = middle
  }
  return good
}

/** The cut at or just after `length` that does not split a surrogate pair, at most text.length. */
function codePointEnd(text: string, length: number): number {
  if (length >= text.length) return text.length
  const unit = text.charCodeAt(length - 1)
  return unit >= 0xd800 && unit <= 0xdbff ? length + 1 : length
}
