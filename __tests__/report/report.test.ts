import { Writable } from 'node:stream'
import { createProgress, formatDuration } from '../../src/report/progress.js'
import { computeStats, parseRunStats, STATS_FIELDS } from '../../src/report/stats.js'
import { renderSummary } from '../../src/report/summary-markdown.js'

const input = {
  files_total: 10,
  files_embedded: 4,
  files_skipped: 2,
  chunks_total: 30,
  chunks_embedded: 12,
  tokens_embedded: 2400,
  workers: 2,
  threads_per_worker: 1,
  wall_seconds: 5,
  model_load_seconds: 1,
  embed_seconds: 2,
  per_worker: [
    { worker: 1, chunks: 8, tokens: 1600, busy_seconds: 2 },
    { worker: 2, chunks: 4, tokens: 800, busy_seconds: 2 }
  ],
  skipped_by_reason: { binary: 1, secret: 1 },
  files_by_chunker: { syntax: 7, lines: 2, 'lines-parse-error': 1 }
}

test('stats follow their definitions', () => {
  const stats = computeStats(input)
  expect(stats.files_reused).toBe(6)
  expect(stats.chunks_reused).toBe(18)
  expect(stats.files_per_second).toBe(2)
  expect(stats.embedded_files_per_second).toBe(2)
  expect(stats.chunks_per_second).toBe(6)
  expect(stats.tokens_per_second).toBe(1200)
  expect(computeStats({ ...input, embed_seconds: 0 }).chunks_per_second).toBe(0)
})

const model = { id: 'org/model', commit: null, dtype: 'fp32' }

test('summary details: every figure beside the previous one, skips, chunkers and per-worker bars', () => {
  const stats = computeStats(input)
  const prior = computeStats({ ...input, wall_seconds: 10 })
  const md = renderSummary({ stats, prior, verdicts: [], model })
  expect(md).toContain('| files/sec | 2 | 1 | +100.0 % |')
  // Every declared figure has a row.
  const labels = md.split('\n').map(line => /^\| ([^|]+?) \|/.exec(line)?.[1])
  expect(labels).toEqual(expect.arrayContaining(STATS_FIELDS.map(field => field.label)))
  expect(md).toContain('| binary | 1 |')
  expect(md).toContain('**Files chunked, by chunker**')
  expect(md).toContain('| lines-parse-error | 1 |')
  expect(md).toMatch(/worker {2}1 █{30} 4 \(8 chunks\)/)
  expect(md).toMatch(/worker {2}2 █{15} 2 \(4 chunks\)/)
  expect(renderSummary({ stats, verdicts: [], model })).not.toContain('| previous index |')
})

test('progress: timed lines when not a terminal', () => {
  let clock = 0
  let out = ''
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk)
      done()
    }
  })
  const progress = createProgress({
    label: 'embed',
    unit: 'chunks',
    total: 100,
    stream,
    isTTY: false,
    intervalMs: 5000,
    now: () => clock
  })
  clock = 1000
  progress.update(10)
  expect(out).toBe('')
  clock = 5000
  progress.update(50)
  expect(out).toBe('embed: 50/100 chunks 50%, 10.0 chunks/s, ETA 5s\n')
  progress.finish()
  expect(out.trim().split('\n')).toHaveLength(2)
  expect(formatDuration(125)).toBe('2m05s')
})

test('prior stats from a cache are kept only when every declared figure is a number', () => {
  const stats = computeStats(input)
  expect(parseRunStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats)
  expect(parseRunStats({ ...stats, files_per_second: 'fast' })).toBeUndefined()
  // Not compared in the summary, but read by the throughput gate.
  expect(parseRunStats({ ...stats, chunks_embedded: '12' })).toBeUndefined()
  expect(parseRunStats({ ...stats, workers: undefined })).toBeUndefined()
  expect(parseRunStats(null)).toBeUndefined()
  expect(parseRunStats([])).toBeUndefined()
})
