import { Writable } from 'node:stream'
import { createProgress, formatDuration } from '../../src/report/progress.js'
import { computeStats, parseRunStats } from '../../src/report/stats.js'
import { renderSummary } from '../../src/report/summary.js'

const input = {
  filesTotal: 10,
  filesEmbedded: 4,
  filesSkipped: 2,
  chunksTotal: 30,
  chunksEmbedded: 12,
  tokensEmbedded: 2400,
  workers: 2,
  threadsPerWorker: 1,
  wallSeconds: 5,
  modelLoadSeconds: 1,
  embedSeconds: 2,
  perWorker: [
    { worker: 1, items: 8, tokens: 1600, busySeconds: 2 },
    { worker: 2, items: 4, tokens: 800, busySeconds: 2 }
  ],
  skippedByReason: { binary: 1, secret: 1 }
}

test('stats follow their definitions', () => {
  const stats = computeStats(input)
  expect(stats.files_reused).toBe(6)
  expect(stats.chunks_reused).toBe(18)
  expect(stats.files_per_second).toBe(2)
  expect(stats.embedded_files_per_second).toBe(2)
  expect(stats.chunks_per_second).toBe(6)
  expect(stats.tokens_per_second).toBe(1200)
  expect(computeStats({ ...input, embedSeconds: 0 }).chunks_per_second).toBe(0)
})

test('summary shows figures, change against the prior run, skips and per-worker bars', () => {
  const stats = computeStats(input)
  const prior = computeStats({ ...input, wallSeconds: 10 })
  const md = renderSummary(stats, prior)
  expect(md).toContain('| **files/sec** | **2** | 1 | +100.0% |')
  expect(md).toContain('| binary | 1 |')
  expect(md).toMatch(/worker {2}1 █{30} 4\.0 \(8 chunks\)/)
  expect(md).toMatch(/worker {2}2 █{15} 2\.0 \(4 chunks\)/)
  expect(renderSummary(stats)).not.toContain('previous index')
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

test('prior stats from a cache are kept only when the compared figures are numbers', () => {
  const stats = computeStats(input)
  expect(parseRunStats(JSON.parse(JSON.stringify(stats)))).toEqual(stats)
  expect(parseRunStats({ ...stats, files_per_second: 'fast' })).toBeUndefined()
  expect(parseRunStats(null)).toBeUndefined()
  expect(parseRunStats([])).toBeUndefined()
})
