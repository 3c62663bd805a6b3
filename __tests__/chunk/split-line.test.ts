import { splitLongLine, wordsOf } from '../../src/chunk/split-line.js'
import { seededRandom } from '../../tools/fixture-model/random.js'
import type { CountTokens } from '../../src/chunk/count-tokens.js'
import { toyCountTokens } from '../helpers/chunk-text.js'

describe('wordsOf', () => {
  it('gives the words a /\\s*\\S+\\s*/g match gives, for any mix of whitespace', () => {
    const random = seededRandom(5)
    const alphabet = ['a', 'é', '😀', ' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028', 'x']
    for (let n = 0; n < 2000; n++) {
      const length = Math.floor(random() * 12)
      const line = Array.from(
        { length },
        () => alphabet[Math.floor(random() * alphabet.length)]
      ).join('')
      expect(wordsOf(line)).toEqual(line.match(/\s*\S+\s*/g) ?? [line])
    }
  })

  it('splits a word of tens of megabytes', () => {
    const word = 'QmFzZTY0'.repeat(4 * 2 ** 20)
    expect(wordsOf(` ${word} x `)).toEqual([` ${word} `, 'x '])
  })
})

describe('splitLongLine', () => {
  it('gives pieces that fit and concatenate back to the line, cut between words', () => {
    const line = '  ' + Array.from({ length: 100 }, (_, i) => `w${i}`).join('   ') + '  '
    const pieces = splitLongLine(line, 12, toyCountTokens)
    expect(pieces.join('')).toBe(line)
    for (const piece of pieces) expect(toyCountTokens(piece)).toBeLessThanOrEqual(12)
    expect(pieces.length).toBe(10)
    for (const piece of pieces.slice(1)) expect(piece).toMatch(/^w\d/)
  })

  it('cuts inside a word only when the word alone does not fit', () => {
    const long = 'x'.repeat(50)
    const charCount: CountTokens = text => 2 + text.replace(/\s/g, '').length
    const pieces = splitLongLine(`ab ${long} cd`, 12, charCount)
    expect(pieces.join('')).toBe(`ab ${long} cd`)
    for (const piece of pieces) expect(charCount(piece)).toBeLessThanOrEqual(12)
    expect(pieces[0]).toBe('ab ')
  })

  it('never cuts between the halves of a surrogate pair', () => {
    const codeUnits: CountTokens = text => 2 + text.length
    const line = '😀'.repeat(40)
    // 9 code units would fit; the cut must fall after 8, between two emoji.
    const pieces = splitLongLine(line, 11, codeUnits)
    expect(pieces.join('')).toBe(line)
    expect(pieces.every(piece => piece === '😀'.repeat(4))).toBe(true)
  })

  it('fits even when the count of a text is not monotonic in its length', () => {
    // Like WordPiece: a longer word can be one known token where a prefix is several pieces.
    const quirky: CountTokens = text =>
      2 +
      text
        .split(/\s+/)
        .filter(Boolean)
        .reduce((sum, w) => sum + (w.length % 7 === 0 ? 1 : w.length), 0)
    const line = 'y'.repeat(200)
    const pieces = splitLongLine(line, 20, quirky)
    expect(pieces.join('')).toBe(line)
    for (const piece of pieces) expect(quirky(piece)).toBeLessThanOrEqual(20)
  })

  it('says so when a single character is over the limit', () => {
    const heavy: CountTokens = text => 2 + 10 * text.length
    expect(() => splitLongLine('ab', 5, heavy)).toThrow(/one character/)
  })
})
