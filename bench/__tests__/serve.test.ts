import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readVerifiedIndex } from '../../src/artifact/verify.js'
import { comparePaths } from '../../src/core/index.js'
import {
  cutLines,
  grownFiles,
  randomUnitVectors,
  renameForCopy,
  writeSyntheticIndex
} from '../serve-index.js'
import { benchQueries, percentile } from '../serve-queries.js'
import { evaluateServeTargets, renderServeReport, type ServeRow } from '../serve-report.js'

test('percentile is the nearest rank', () => {
  const values = Array.from({ length: 200 }, (_, i) => 200 - i) // 200 .. 1
  expect(percentile(values, 50)).toBe(100)
  expect(percentile(values, 99)).toBe(198)
  expect(percentile([7], 99)).toBe(7)
  expect(() => percentile([], 50)).toThrow()
})

test('bench queries: identifiers, words and phrases from the texts, the same every time', () => {
  const texts = [
    'export function readIndex(dir) { return core.setFailed(dir) }',
    'the cache keeps the model'
  ]
  const queries = benchQueries(texts, 30)
  expect(queries).toHaveLength(30)
  expect(benchQueries(texts, 30)).toEqual(queries)
  for (const query of queries) {
    expect(texts.some(text => query.split(' ').every(word => text.includes(word)))).toBe(true)
  }
  expect(queries.filter((_, i) => i % 3 === 0).every(q => /[A-Z_.]/.test(q))).toBe(true)
})

test('the synthetic index: real lines cut into chunks, half the identifiers renamed per copy, valid', async () => {
  expect(cutLines('a\n\nb\n')).toEqual([[1, 3, 'a\n\nb']])
  const long = Array.from({ length: 40 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n')
  const chunks = cutLines(long)
  expect(chunks.length).toBeGreaterThan(2)
  expect(chunks.map(([start]) => start)[1]).toBe(chunks[0][1] + 1)
  expect(renameForCopy('readIndex(dir)', 0)).toBe('readIndex(dir)')
  const renamed = renameForCopy('readIndex writeIndex mergeShards verifyIndex dir', 7)
  expect(renamed).toMatch(/_c7/)
  expect(renamed).toMatch(/ dir$/) // too short to rename
  const vectors = randomUnitVectors(3, 4, 1)
  expect(Math.hypot(...vectors.subarray(0, 4))).toBeCloseTo(1, 6)

  const work = await mkdtemp(path.join(tmpdir(), 'ei-serve-bench-'))
  try {
    await writeFile(path.join(work, 'a.ts'), long)
    await writeFile(path.join(work, 'b.md'), '# B\n\nreadIndex here\n')
    const model = { id: 'm', revision: 'main', commit: null, dtype: 'fp32' as const, dimension: 8 }
    const out = path.join(work, 'index')
    const rows = await writeSyntheticIndex(work, ['a.ts', 'b.md'], out, 20, model)
    expect(rows).toBeGreaterThanOrEqual(20)
    const index = await readVerifiedIndex(out)
    expect(index.rows).toHaveLength(rows)
    expect(index.manifest.store_text).toBe(true)
    expect(index.manifest.files[0].path).toBe('copy-000/a.ts')
  } finally {
    await rm(work, { recursive: true, force: true })
  }
})

test('grown files come in path order, copy numbers padded wide enough for the copies needed', () => {
  const texts = new Map([
    ['b.ts', 'const readIndex = 1\n'],
    ['a.md', '# Title\n']
  ])
  const files = [...grownFiles(texts, 2500)]
  expect(files.slice(0, 3).map(file => file.path)).toEqual([
    'copy-0000/a.md',
    'copy-0000/b.ts',
    'copy-0001/a.md'
  ])
  expect(files).toHaveLength(2500)
  const paths = files.map(file => file.path)
  expect([...paths].sort(comparePaths)).toEqual(paths)
  expect(files[3].rows[0].text).toBe(renameForCopy('const readIndex = 1', 1))
  expect([...grownFiles(texts, 3)].map(file => file.path)[0]).toBe('copy-000/a.md')
})

function row(key: string, hybridP50: number, hybridP99: number, startSeconds: number): ServeRow {
  const latency = { p50: 5, p99: 9, mean: 6 }
  return {
    key,
    label: key,
    chunks: 100000,
    files: 900,
    startSeconds,
    readySeconds: startSeconds + 1,
    loadedMB: 700,
    peakMB: 800,
    latency: {
      semantic: latency,
      keyword: latency,
      hybrid: { p50: hybridP50, p99: hybridP99, mean: hybridP50 }
    }
  }
}

test('serve targets are judged on the synthetic row, and the report shows every row', () => {
  const pass = evaluateServeTargets([row('corpus', 99, 999, 9), row('synthetic', 20, 80, 2.5)])
  expect(pass.map(t => t.pass)).toEqual([true, true, true])
  const fail = evaluateServeTargets([row('synthetic', 31, 101, 3.1)])
  expect(fail.map(t => t.pass)).toEqual([false, false, false])
  const text = renderServeReport({
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryGiB: 23.5,
      node: 'v20',
      loadAverage: { start: 0.5, end: 0.7 }
    },
    model: 'minilm shapes, random weights',
    server: 'node lib/cli.js serve',
    queries: { count: 200, examples: ['readIndex'] },
    runs: 3,
    rows: [row('corpus', 4, 8, 0.9), row('synthetic', 20, 80, 2.5)],
    targets: pass,
    totalSeconds: 100
  })
  expect(text).toMatch(
    /^synthetic +100000 +900 +2\.50 +3\.50 +700 +800 +5\.0 \/ 9\.0 +5\.0 \/ 9\.0 +20\.0 \/ 80\.0$/m
  )
  expect(text).toMatch(/PASS {2}hybrid p50 at 100000 chunks <= 30 ms: 20\.0 ms/)
})
