import { chunkLines } from '../../src/chunk/line-rule.js'
import { splitLines } from '../../src/chunk/lines.js'
import type { Chunk } from '../../src/chunk/line-rule.js'
import type { CountTokens } from '../../src/chunk/count-tokens.js'
import { expectedLines, rebuildLines, sourceFile, toyCountTokens } from '../helpers/chunk-text.js'

function expectValidChunks(content: string, chunks: Chunk[], max: number, count: CountTokens) {
  for (const chunk of chunks) {
    expect(chunk.tokens).toBe(count(chunk.text))
    expect(chunk.tokens).toBeLessThanOrEqual(max)
    expect(chunk.startLine).toBeLessThanOrEqual(chunk.endLine)
  }
  expect(rebuildLines(chunks)).toEqual(expectedLines(content))
}

/** How many leading chunks of `edited` differ from `original`, the rest matching from the end. */
function changedPrefix(original: Chunk[], edited: Chunk[], lineShift: number): number {
  let matched = 0
  while (matched < Math.min(original.length, edited.length)) {
    const a = original[original.length - 1 - matched]
    const b = edited[edited.length - 1 - matched]
    if (a.sha256 !== b.sha256 || a.text !== b.text || a.tokens !== b.tokens) break
    if (b.startLine !== a.startLine + lineShift || b.endLine !== a.endLine + lineShift) break
    matched++
  }
  return edited.length - matched
}

describe('chunkLines', () => {
  const options = { maxTokens: 64, countTokens: toyCountTokens }

  it('covers every line exactly once, in order, with exact token counts within the limit', () => {
    const content = sourceFile(1, 80)
    for (const maxTokens of [16, 64, 256]) {
      const chunks = chunkLines(splitLines(content), { maxTokens, countTokens: toyCountTokens })
      expect(chunks.length).toBeGreaterThan(1)
      expectValidChunks(content, chunks, maxTokens, toyCountTokens)
    }
  })

  it('hashes the UTF-8 of each chunk text', () => {
    const [chunk] = chunkLines(splitLines('const café = 1\n'), options)
    expect(chunk).toEqual({
      startLine: 1,
      endLine: 1,
      text: 'const café = 1',
      tokens: 6,
      sha256: '93b1dcfe2554969c2ab8b3e764e289293f27759140bf0560549db465996a4a19'
    })
  })

  it('reads CRLF and lone CR as LF', () => {
    const unix = 'first line\nsecond line\n\nfourth line\nfifth\n'
    const chunks = chunkLines(splitLines(unix), options)
    expect(chunkLines(splitLines(unix.replace(/\n/g, '\r\n')), options)).toEqual(chunks)
    expect(chunkLines(splitLines(unix.replace(/\n/g, '\r')), options)).toEqual(chunks)
    expect(chunkLines(splitLines('a\r\r\nb'), options)).toEqual([
      expect.objectContaining({ startLine: 1, endLine: 3, text: 'a\n\nb' })
    ])
  })

  it('gives no chunks for a text of only whitespace', () => {
    expect(chunkLines(splitLines(''), options)).toEqual([])
    expect(chunkLines(splitLines(' \n\t\r\n  \n'), options)).toEqual([])
  })

  it('keeps blank lines inside chunks, and a final line without a line ending', () => {
    const content = 'alpha\n\n\n  \nbeta\ngamma'
    const chunks = chunkLines(splitLines(content), options)
    expect(chunks.map(c => [c.startLine, c.endLine])).toEqual([[1, 6]])
    expectValidChunks(content, chunks, 64, toyCountTokens)
  })

  it('keeps a text that fits in one chunk whole, even around a strong cut point', () => {
    // 14 lines of 4 tokens; the line after the blank one would start a segment in a longer text.
    const lines = Array.from({ length: 14 }, (_, i) => `let v${i} = ${i}`)
    lines.splice(7, 0, '')
    const chunks = chunkLines(splitLines(lines.join('\n')), options)
    expect(chunks.map(c => [c.startLine, c.endLine, c.tokens])).toEqual([[1, 15, 58]])
  })

  it('cuts a line too long for one chunk into pieces on that line, between words', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`)
    const content = `before\n${words.join(' ')}\nafter\n`
    const chunks = chunkLines(splitLines(content), { maxTokens: 32, countTokens: toyCountTokens })
    const pieces = chunks.filter(c => c.startLine === 2)
    expect(pieces.length).toBeGreaterThanOrEqual(400 / 30)
    for (const piece of pieces) expect(piece.endLine).toBe(2)
    // Each piece ends after a word's trailing space (or the line's end): no word is cut.
    for (const piece of pieces.slice(0, -1)) expect(piece.text).toMatch(/^word\d+( word\d+)* $/)
    expectValidChunks(content, chunks, 32, toyCountTokens)
  })

  it('cuts inside a word too long for one chunk, never between the halves of a surrogate pair', () => {
    const content = `${'😀'.repeat(100)}${'a.'.repeat(100)}\nend`
    const chunks = chunkLines(splitLines(content), { maxTokens: 10, countTokens: toyCountTokens })
    expect(chunks.filter(c => c.startLine === 1).length).toBeGreaterThan(20)
    for (const chunk of chunks) {
      expect(chunk.text).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
      )
    }
    expectValidChunks(content, chunks, 10, toyCountTokens)
  })

  it('cuts a 10 MB line of minified code, and one of a single 10 MB word, into fitting pieces', () => {
    const tenMiB = (unit: string) =>
      unit.repeat(Math.ceil(2 ** 20 / unit.length) * 10).slice(0, 10 * 2 ** 20)
    for (const line of [
      tenMiB('var a=function(b,c){return b.map(function(d){return d+c})};'),
      tenMiB('QmFzZTY0IGJsb2Igd2l0aG91dCBzcGFjZXM/')
    ]) {
      const content = `${line}\nlast line\n`
      const chunks = chunkLines(splitLines(content), {
        maxTokens: 256,
        countTokens: toyCountTokens
      })
      expect(chunks.length).toBeGreaterThan(1000)
      expect(chunks.slice(0, -1).every(c => c.startLine === 1 && c.endLine === 1)).toBe(true)
      // expectValidChunks' checks, one expect for all the chunks.
      const unfit = chunks.filter(c => c.tokens !== toyCountTokens(c.text) || c.tokens > 256)
      expect(unfit).toEqual([])
      expect(rebuildLines(chunks)).toEqual(expectedLines(content))
    }
  })

  it('still fits exactly when line counts underestimate the count of their concatenation', () => {
    // Each line ending costs a token that no single line's count shows.
    const counter: CountTokens = text => toyCountTokens(text) + (text.match(/\n/g)?.length ?? 0)
    const content = sourceFile(2, 40)
    const chunks = chunkLines(splitLines(content), { maxTokens: 48, countTokens: counter })
    expectValidChunks(content, chunks, 48, counter)
    expect(chunks.some(c => c.tokens > 40)).toBe(true)
  })

  it('works down to one token per chunk and refuses a limit below that', () => {
    const chunks = chunkLines(splitLines('a b\nc'), { maxTokens: 3, countTokens: toyCountTokens })
    expect(chunks.map(c => c.text)).toEqual(['a ', 'b', 'c'])
    expect(() =>
      chunkLines(splitLines('a'), { maxTokens: 2, countTokens: toyCountTokens })
    ).toThrow(RangeError)
    expect(() =>
      chunkLines(splitLines('a'), { maxTokens: 8.5, countTokens: toyCountTokens })
    ).toThrow(RangeError)
  })

  it('fills chunks more than half full on average on ordinary code', () => {
    const chunks = chunkLines(splitLines(sourceFile(3, 300)), {
      maxTokens: 128,
      countTokens: toyCountTokens
    })
    const mean = chunks.reduce((sum, c) => sum + c.tokens, 0) / chunks.length
    expect(mean).toBeGreaterThanOrEqual(0.5 * 128)
  })

  it('keeps the chunks far below a line inserted near the top, hashes included', () => {
    for (const seed of [4, 5, 6]) {
      const lines = sourceFile(seed, 200).split('\n')
      const original = chunkLines(splitLines(lines.join('\n')), options)
      lines.splice(4, 0, '// a comment added near the top of the file')
      const edited = chunkLines(splitLines(lines.join('\n')), options)
      expect(original.length).toBeGreaterThan(40)
      expect(changedPrefix(original, edited, 1)).toBeLessThanOrEqual(3)
    }
  })

  it('changes only the chunks near an edit in the middle', () => {
    const lines = sourceFile(7, 200).split('\n')
    const original = chunkLines(splitLines(lines.join('\n')), options)
    const middle = Math.floor(lines.length / 2)
    const edits: [string, string[]][] = [
      ['insert', [...lines.slice(0, middle), '  const inserted = 1', ...lines.slice(middle)]],
      ['delete', [...lines.slice(0, middle), ...lines.slice(middle + 1)]],
      [
        'modify',
        [...lines.slice(0, middle), lines[middle] + ' // edited', ...lines.slice(middle + 1)]
      ]
    ]
    const hashes = (chunks: Chunk[]) => chunks.map(c => c.sha256)
    for (const [, edited] of edits) {
      const after = chunkLines(splitLines(edited.join('\n')), options)
      const before = new Set(hashes(original))
      const kept = new Set(hashes(after))
      expect(hashes(after).filter(h => !before.has(h)).length).toBeLessThanOrEqual(3)
      expect(hashes(original).filter(h => !kept.has(h)).length).toBeLessThanOrEqual(3)
    }
  })
})
