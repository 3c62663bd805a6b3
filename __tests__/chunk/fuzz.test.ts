import { seededRandom } from '../../tools/fixture-model/random.js'
import { chunkLines } from '../../src/chunk/line-rule.js'
import { splitLines } from '../../src/chunk/lines.js'
import type { CountTokens } from '../../src/chunk/count-tokens.js'
import {
  bertCountTokens,
  expectedLines,
  rebuildLines,
  toyCountTokens
} from '../helpers/chunk-text.js'

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz ABC 0123456789',
  ...'        \t\t\n\n\n\r\r\n(){}[];:.,=+-*/\'"`#@!?<>|&^%$~\\',
  'é',
  'ß',
  '中',
  '文',
  '😀',
  '👍🏽',
  'e\u0301',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\ufeff',
  '\0',
  '\x07'
]

/** Text as a scanner hands it over: random bytes decoded with replacement, or random symbols. */
function randomText(random: () => number): string {
  const length = Math.floor(random() ** 3 * 3000)
  if (random() < 0.3) {
    const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256))
    return new TextDecoder().decode(bytes)
  }
  // Runs of one symbol make long words and long lines.
  let text = ''
  while (text.length < length) {
    const symbol = ALPHABET[Math.floor(random() * ALPHABET.length)]
    text += random() < 0.05 ? symbol.repeat(1 + Math.floor(random() * 300)) : symbol
  }
  return text
}

function expectValid(content: string, maxTokens: number, countTokens: CountTokens) {
  const chunks = chunkLines(splitLines(content), { maxTokens, countTokens })
  for (const chunk of chunks) {
    expect(chunk.tokens).toBe(countTokens(chunk.text))
    expect(chunk.tokens).toBeLessThanOrEqual(maxTokens)
  }
  const lines = expectedLines(content)
  expect(rebuildLines(chunks)).toEqual(lines.every(line => /^\s*$/.test(line)) ? [] : lines)
}

describe('chunkLines on random text', () => {
  it('keeps its invariants with a toy counter', () => {
    const random = seededRandom(20240601)
    for (let i = 0; i < 400; i++) {
      expectValid(randomText(random), 3 + Math.floor(random() * 60), toyCountTokens)
    }
  })

  it('keeps its invariants with the BERT tokenizer', async () => {
    const countTokens = await bertCountTokens()
    const random = seededRandom(7)
    for (let i = 0; i < 150; i++) {
      expectValid(randomText(random), 16 + Math.floor(random() * 100), countTokens)
    }
  })
})
