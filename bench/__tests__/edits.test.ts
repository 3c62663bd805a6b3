import { chunkLines, type Chunk } from '../../src/chunk/line-rule.js'
import { analyseFile, chunkFile } from '../../src/chunk/file-chunker.js'
import { bodyLines, randomEdits, reembedded, renameLastIdentifier } from '../edits.js'
import { sourceFile, toyCountTokens } from '../../__tests__/helpers/chunk-text.js'

const options = { maxTokens: 128, countTokens: toyCountTokens }

describe('edits inside function bodies', () => {
  it('re-embed at most 2 chunks in 95% of 300 random one-line edits, with either rule', async () => {
    const files = await Promise.all(
      [1, 2, 3, 4].map(async seed => {
        const path = `src/module${seed}.ts`
        const analysis = await analyseFile(path, sourceFile(seed, 120))
        return { path, analysis }
      })
    )
    const before = new Map<string, { syntax: Chunk[]; lines: Chunk[] }>()
    for (const { path, analysis } of files) {
      expect(analysis.chunker).toBe('syntax')
      before.set(path, {
        syntax: chunkLines(analysis.lines, options, analysis.structure),
        lines: chunkLines(analysis.lines, options)
      })
    }
    const counts = { syntax: [] as number[], lines: [] as number[] }
    const edits = randomEdits(files, 300, 14)
    for (const edit of edits) {
      const after = await analyseFile(edit.path, edit.content)
      const original = before.get(edit.path)!
      counts.syntax.push(
        reembedded(original.syntax, chunkLines(after.lines, options, after.structure))
      )
      counts.lines.push(reembedded(original.lines, chunkLines(after.lines, options)))
    }
    // Every edit changes some chunk: the count is of real re-embedding, not of nothing.
    expect(Math.min(...counts.syntax)).toBeGreaterThanOrEqual(1)
    expect(new Set(edits.map(e => `${e.path}:${e.line}`)).size).toBeGreaterThan(150)
    for (const values of [counts.syntax, counts.lines]) {
      expect(values.filter(n => n <= 2).length).toBeGreaterThanOrEqual(0.95 * values.length)
    }
  })
})

describe('the edit model', () => {
  it('edits only statement lines inside functions, keeping them parseable', async () => {
    const content = [
      'export function f(a: number): number {',
      '  const total = a + 1',
      '  return total',
      '}',
      'const outside = 1'
    ].join('\n')
    const analysis = await analyseFile('f.ts', content)
    expect(bodyLines(analysis)).toEqual([1, 2])
    expect(renameLastIdentifier('  const total = a + 1')).toBe('  const total_edited = a + 1')
    expect(renameLastIdentifier('  return total')).toBe('  return total_edited')
    expect(renameLastIdentifier('  return 1')).toBeUndefined()
    const [edit] = randomEdits([{ path: 'f.ts', analysis }], 1, 1)
    expect((await chunkFile('f.ts', edit.content, options)).chunker).toBe('syntax')
  })
})
