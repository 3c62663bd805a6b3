/**
 * A restored prior is untrusted: one whose index is refused gives no figures and no dtype (its
 * stats.json, covered by no checksum, decides nothing), figures that no run could have measured
 * are refused too, and every string from an index reaches the job summary escaped for Markdown.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeIndex } from '../../src/artifact/write.js'
import { gateVerdicts } from '../../src/report/gate.js'
import { markdownText } from '../../src/report/markdown-text.js'
import { readPriorFigures } from '../../src/report/prior-figures.js'
import { STATS_FIELDS, type RunStats } from '../../src/report/stats.js'
import { renderSummary } from '../../src/report/summary-markdown.js'
import { editManifest, removeTempDirs, syntheticIndex, tempDir } from '../artifact/synthetic.js'

afterAll(removeTempDirs)

const INJECTED =
  'fp32\n## Owned\n[click](https://evil.example) @octocat ![x](https://evil.example/i.png) <img src=x> | cell'

function runStats(chunksPerSecond: number): RunStats {
  const figures = Object.fromEntries(STATS_FIELDS.map(field => [field.key, 300]))
  return {
    ...figures,
    chunks_per_second: chunksPerSecond,
    workers: 1,
    threads_per_worker: 1,
    skipped_by_reason: {},
    files_by_chunker: {},
    per_worker: []
  } as unknown as RunStats
}

/** A prior index folder as a cache restores it, with its stats.json. */
async function prior(stats: unknown): Promise<string> {
  const dir = await tempDir()
  await writeIndex(dir, syntheticIndex({ seed: 3, files: 4 }))
  await writeFile(join(dir, 'stats.json'), JSON.stringify(stats))
  return dir
}

test('an accepted prior gives its figures and dtype', async () => {
  const figures = await readPriorFigures(await prior(runStats(1000)))
  expect(figures?.dtype).toBe('fp32')
  expect(figures?.stats.chunks_per_second).toBe(1000)
})

test('a refused prior gives nothing: no dtype, and its stats.json decides no max-slowdown', async () => {
  const dir = await prior(runStats(1_000_000))
  await editManifest(dir, manifest => {
    ;(manifest.model as { dtype: string }).dtype = INJECTED
  })
  expect(await readPriorFigures(dir)).toBeUndefined()
  const [verdict] = gateVerdicts(runStats(10), await readPriorFigures(dir), {
    maxSlowdown: 0.1,
    dtype: 'fp32'
  })
  expect(verdict.status).toBe('not applied')
  expect(verdict.detail).not.toContain('Owned')
})

test.each([
  ['negative', -5],
  ['a string', '1000'],
  ['infinite (as JSON writes it: null)', Infinity]
])('figures no run could have measured are refused: chunks/sec %s', async (_, value) => {
  const stats = { ...runStats(1000), chunks_per_second: value }
  expect(await readPriorFigures(await prior(stats))).toBeUndefined()
})

test('strings from an index reach the summary escaped: no heading, link, mention, image, HTML or cell', () => {
  const stats = {
    ...runStats(10),
    skipped_by_reason: { [INJECTED]: 1 },
    files_by_chunker: { [INJECTED]: 2 }
  }
  const summary = renderSummary({
    stats,
    verdicts: [
      {
        gate: 'max-slowdown 0.1',
        status: 'not applied',
        detail: `the prior index used dtype ${INJECTED}`
      }
    ],
    model: { id: 'org/model', commit: null, dtype: 'fp32' }
  })
  const rows = summary.split('\n').filter(line => line.includes('Owned'))
  expect(rows).toHaveLength(3)
  for (const row of rows) {
    expect(row).not.toMatch(/^#|\]\(|@octocat|!\[|<img/)
    // A count row keeps its 2 cells, and no cell comes from the text.
    expect(row.split('|').length - 2).toBeLessThanOrEqual(2)
    expect(row).toContain(markdownText(INJECTED))
  }
  expect(markdownText('a\nb|c')).toBe('a b&#124;c')
})
