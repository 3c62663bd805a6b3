import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { chunkLines } from '../../src/chunk/line-rule.js'
import { splitLines } from '../../src/chunk/lines.js'
import type { Chunk } from '../../src/chunk/line-rule.js'
import type { CountTokens } from '../../src/chunk/count-tokens.js'
import { bertCountTokens, expectedLines, rebuildLines, sourceFile } from '../helpers/chunk-text.js'

// Real code, pinned by the lockfile: TypeScript's declarations of the ES5 library.
const REAL_SOURCE = createRequire(import.meta.url).resolve('typescript/lib/lib.es5.d.ts')

describe('chunkLines with the BERT tokenizer', () => {
  let countTokens: CountTokens
  let realSource: string
  beforeAll(async () => {
    countTokens = await bertCountTokens()
    realSource = await readFile(REAL_SOURCE, 'utf8')
  })

  const expectValid = (content: string, chunks: Chunk[], max: number) => {
    for (const chunk of chunks) {
      expect(chunk.tokens).toBe(countTokens(chunk.text))
      expect(chunk.tokens).toBeLessThanOrEqual(max)
    }
    expect(rebuildLines(chunks)).toEqual(expectedLines(content))
  }

  it('counts the empty text as [CLS] [SEP]', () => {
    expect(countTokens('')).toBe(2)
  })

  it('chunks real code exactly within the limit, more than half full on average', () => {
    for (const maxTokens of [128, 256, 512]) {
      const chunks = chunkLines(splitLines(realSource), { maxTokens, countTokens })
      expectValid(realSource, chunks, maxTokens)
      const mean = chunks.reduce((sum, c) => sum + c.tokens, 0) / chunks.length
      expect(mean).toBeGreaterThanOrEqual(0.5 * maxTokens)
    }
  })

  it('keeps the chunks far below a line inserted near the top, hashes included', () => {
    for (const content of [realSource, sourceFile(11, 300)]) {
      const lines = content.split('\n')
      const original = chunkLines(splitLines(content), { maxTokens: 256, countTokens })
      lines.splice(2, 0, '// Copyright notice added at the top of the file, as happens.')
      const edited = chunkLines(splitLines(lines.join('\n')), { maxTokens: 256, countTokens })
      expect(original.length).toBeGreaterThan(20)
      const tail = (chunks: Chunk[]) => chunks.slice(-(original.length - 3))
      expect(tail(edited).map(c => [c.sha256, c.tokens, c.startLine - 1])).toEqual(
        tail(original).map(c => [c.sha256, c.tokens, c.startLine])
      )
    }
  })

  it('splits a minified line into pieces that each fit exactly', () => {
    const minified = 'var a=function(b,c){return b.map(function(d){return d+c})};'.repeat(300)
    const content = `/* header */\n${minified}\nmodule.exports = a\n`
    const chunks = chunkLines(splitLines(content), { maxTokens: 128, countTokens })
    expect(chunks.filter(c => c.startLine === 2 && c.endLine === 2).length).toBeGreaterThan(50)
    expectValid(content, chunks, 128)
  })

  it('chunks text of many scripts and symbols', () => {
    const content = [
      'Größe und Maß — naïve café',
      '東京都の天気は晴れです。中文分词测试',
      'emoji 😀👍🏽 and combining e\u0301 marks',
      '\t\u00a0\u2028odd spaces\u200b',
      'العربية עברית русский ελληνικά'
    ]
      .join('\n')
      .repeat(30)
    const chunks = chunkLines(splitLines(content), { maxTokens: 32, countTokens })
    expectValid(content, chunks, 32)
  })
})
