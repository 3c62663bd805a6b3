import { pathProblem } from '../core/index.js'

// fast-glob takes names as strings and matches them with regular expressions whose '.' matches no
// line terminator, so it would neither list nor descend into a name holding one; and a name that
// is not valid UTF-8 would reach it decoded with U+FFFD, so two such names would become one that
// opens neither. The listing therefore reads names as bytes and spells them for fast-glob: a line
// terminator as NUL and a letter, a byte that is not UTF-8 as NUL, 'x' and two hex digits. NUL
// cannot occur in a file name, so the spelling is unambiguous. Only a path an index can hold (see
// nameProblem), so UTF-8, is ever opened or its folder read: by its textPath.
const TERMINATOR_LETTERS: Record<string, string> = {
  '\n': 'n',
  '\r': 'r',
  '\u2028': 'l',
  '\u2029': 'p'
}
const TERMINATORS = /[\n\r\u2028\u2029]/g
const LETTERS = Object.fromEntries(Object.entries(TERMINATOR_LETTERS).map(([t, l]) => [l, t]))
const SPELLED = /\0(?:([nrlp])|x([0-9a-f]{2}))/g
const NOT_UTF8 = '\0x'

// ignoreBOM keeps a leading U+FEFF, which is part of the name.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

function decodes(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return undefined
  }
}

/** A name read as bytes, spelled for fast-glob. */
export function spellName(name: Uint8Array): string {
  const whole = decodes(name)
  if (whole !== undefined) return spellText(whole)
  // UTF-8 is prefix-free: the shortest run of 1 to 4 bytes that decodes is the next character.
  let spelled = ''
  for (let at = 0; at < name.length;) {
    const length = [1, 2, 3, 4].find(n => decodes(name.subarray(at, at + n)) !== undefined)
    if (length === undefined) {
      spelled += `${NOT_UTF8}${name[at].toString(16).padStart(2, '0')}`
      at++
    } else {
      spelled += spellText(decodes(name.subarray(at, at + length))!)
      at += length
    }
  }
  return spelled
}

function spellText(text: string): string {
  return text.replace(TERMINATORS, terminator => `\0${TERMINATOR_LETTERS[terminator]}`)
}

function isUtf8(spelled: string): boolean {
  return !spelled.includes(NOT_UTF8)
}

/**
 * A spelled path as text: the real path where it is UTF-8 (what the file system is given), with
 * U+FFFD for each byte that is not (only for matching rules against it).
 */
export function textPath(spelled: string): string {
  return spelled.replace(SPELLED, (_, letter: string | undefined) =>
    letter === undefined ? '\uFFFD' : LETTERS[letter]
  )
}

/**
 * Why an index cannot name this file (see pathProblem: a backslash, a drive-letter prefix), or
 * that its name is not UTF-8; null when it can.
 */
export function nameProblem(spelled: string): string | null {
  return isUtf8(spelled) ? pathProblem(textPath(spelled)) : 'is not UTF-8'
}

/**
 * How a skipped path is shown: as text, with a backslash doubled and each byte that is not UTF-8
 * as \xNN, so that two names never show alike (the manifest lists each skipped path once).
 */
export function shownPath(spelled: string): string {
  return spelled
    .replace(/\\/g, '\\\\')
    .replace(SPELLED, (_, letter: string | undefined, hex: string | undefined) =>
      hex === undefined ? LETTERS[letter!] : `\\x${hex}`
    )
}
