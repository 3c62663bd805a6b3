import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { measureChunking } from '../chunking.js'
import { chunkerTargets, LINES_ROW, renderChunking } from '../chunker-compare.js'
import { summarizeRow, type Sample } from '../summary.js'
import { sourceFile, toyCountTokens } from '../../__tests__/helpers/chunk-text.js'

function sample(wallSeconds: number): Sample {
  return {
    wallSeconds,
    files: 200,
    chunksEmbedded: 800,
    tokensEmbedded: 80000,
    embedSeconds: 16,
    workers: 2,
    threads: 1,
    peakTreeMB: 700,
    workerPeaksMB: [300]
  }
}

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ei-chunker-compare-'))
  await writeFile(join(work, 'a.ts'), sourceFile(1, 60))
  await writeFile(join(work, 'b.ts'), sourceFile(2, 60))
  await writeFile(join(work, 'notes.md'), '# A\n\ntext\n\n## B\n\nmore text\n')
  await writeFile(join(work, 'data.csv'), 'a,b\n1,2\n')
})
afterAll(() => rm(work, { recursive: true, force: true }))

describe('measureChunking', () => {
  it('measures both chunkers on the same files and the same edits', async () => {
    const result = await measureChunking('test', work, ['a.ts', 'b.ts', 'data.csv', 'notes.md'], {
      maxTokens: 64,
      countTokens: toyCountTokens,
      edits: 40,
      seed: 3
    })
    expect(result.filesByChunker).toEqual({ syntax: 2, markdown: 1, lines: 1 })
    for (const chunker of ['syntax', 'lines'] as const) {
      const f = result.figures[chunker]
      expect(f.chunksPerFile).toBeCloseTo(f.chunks / 4)
      expect(f.meanFill).toBeGreaterThan(0.3)
      expect(f.meanFill).toBeLessThanOrEqual(1)
      expect(result.stability[chunker].edits).toBe(40)
      expect(result.stability[chunker].maxReembedded).toBeGreaterThanOrEqual(1)
    }
    // The generated code documents every function: the syntax begins far more chunks there.
    expect(result.figures.syntax.atDeclaration).toBeGreaterThan(result.figures.lines.atDeclaration)
    const table = renderChunking([result, { corpus: 'other', skipped: 'not here' }]).join('\n')
    expect(table).toContain('test: 4 files (syntax 2, lines 1, markdown 1)')
    expect(table).toMatch(/^ {4}syntax {2}.*$/m)
    expect(table).toContain('other: skipped (not here)')
  })
})

describe('chunkerTargets', () => {
  it('compares files/s within each run, and checks edit stability per corpus', () => {
    const rows = new Map([
      ['cold-fp32', summarizeRow('cold-fp32', 'cold', [sample(20), sample(30)], {})],
      [LINES_ROW, summarizeRow(LINES_ROW, 'lines', [sample(19), sample(25)], {})]
    ])
    const stability = (atMostTwo: number) => ({
      edits: 500,
      atMostTwo,
      meanReembedded: 1.1,
      maxReembedded: 3
    })
    const figures = { chunks: 1, chunksPerFile: 1, meanFill: 0.6, atDeclaration: 0.5 }
    const corpus = (name: string, syntax: number) => ({
      corpus: name,
      files: 1,
      maxTokens: 256,
      filesByChunker: {},
      figures: { syntax: figures, lines: figures },
      stability: { syntax: stability(syntax), lines: stability(0.97) }
    })
    const targets = chunkerTargets(rows, [
      corpus('one', 0.99),
      corpus('two', 0.9),
      { corpus: 'three', skipped: 'missing' }
    ])
    // Per run: 19/20 and 25/30; the median of two is their mean.
    expect(targets[0]).toMatchObject({ value: (19 / 20 + 25 / 30) / 2, pass: false })
    expect(targets.slice(1).map(t => [t.label.split(':')[0], t.pass])).toEqual([
      ['one', true],
      ['two', false]
    ])
    expect(targets[2].shown).toBe('90.0% of 500 edits (line chunker: 97.0%)')
  })
})
