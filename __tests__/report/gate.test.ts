/**
 * The throughput gates' decisions: the relative gate is applied only where the two runs measured
 * the same thing (a prior's figures, the same dtype, workers and threads, enough chunks on both
 * sides), and then passes or fails on the fraction given; otherwise its verdict says why not.
 */
import {
  gateVerdicts,
  MIN_CHUNKS_TO_COMPARE,
  throughputGateFailure,
  type PriorFigures
} from '../../src/report/gate.js'
import { computeStats, type RunStats } from '../../src/report/stats.js'
import { renderSummary } from '../../src/report/summary-markdown.js'

/** A run that embedded `chunks` chunks at `rate` chunks/sec on 2 single-threaded workers. */
function run(chunks: number, rate: number, changes: Partial<RunStats> = {}): RunStats {
  return {
    ...computeStats({
      files_total: 100,
      files_embedded: 50,
      files_skipped: 0,
      chunks_total: chunks + 10,
      chunks_embedded: chunks,
      tokens_embedded: chunks * 100,
      workers: 2,
      threads_per_worker: 1,
      wall_seconds: 20,
      model_load_seconds: 1,
      embed_seconds: chunks / rate,
      per_worker: [],
      files_by_chunker: {},
      skipped_by_reason: {}
    }),
    ...changes
  }
}

const prior = (stats: RunStats, dtype = 'fp32'): PriorFigures => ({ stats, dtype })
const slowdown = (now: RunStats, before: PriorFigures | undefined, max = 0.25) =>
  gateVerdicts(now, before, { maxSlowdown: max, dtype: 'fp32' })

test('applied and passed: within the allowed slowdown, or faster', () => {
  expect(slowdown(run(1000, 80), prior(run(1000, 100)))).toEqual([
    {
      gate: 'max-slowdown 0.25',
      status: 'passed',
      detail:
        'chunks/sec 80 against 100 recorded with the prior index: 20.0 % slower: within max-slowdown 0.25'
    }
  ])
  expect(slowdown(run(1000, 130), prior(run(1000, 100)))[0]).toMatchObject({
    status: 'passed',
    detail: expect.stringContaining('30.0 % faster')
  })
  // Exactly the fraction allowed still passes: "more than" fails.
  expect(slowdown(run(1000, 75), prior(run(1000, 100)))[0].status).toBe('passed')
})

test('applied and failed: slower by more than the fraction', () => {
  expect(slowdown(run(1000, 74), prior(run(1000, 100)))).toEqual([
    {
      gate: 'max-slowdown 0.25',
      status: 'failed',
      detail:
        'chunks/sec 74 against 100 recorded with the prior index: 26.0 % slower: more than max-slowdown 0.25 allows'
    }
  ])
  expect(slowdown(run(1000, 99), prior(run(1000, 100)), 0)[0].status).toBe('failed')
})

test.each([
  ['no prior figures', run(1000, 10), undefined, /^no figures of a prior index to compare with/],
  [
    'another dtype',
    run(1000, 10),
    prior(run(1000, 100), 'q8'),
    /^the prior index used dtype q8, this run fp32$/
  ],
  [
    'other workers',
    run(1000, 10, { workers: 4 }),
    prior(run(1000, 100)),
    /^the prior index was embedded by 2 workers × 1 threads, this run by 4 workers × 1 threads$/
  ],
  [
    'other threads per worker',
    run(1000, 10),
    prior(run(1000, 100, { threads_per_worker: 2 })),
    /by 2 workers × 2 threads, this run by 2 workers × 1 threads$/
  ],
  [
    'too few chunks in this run',
    run(MIN_CHUNKS_TO_COMPARE - 1, 10),
    prior(run(1000, 100)),
    new RegExp(
      `^this run embedded ${MIN_CHUNKS_TO_COMPARE - 1} chunks, fewer than the ${MIN_CHUNKS_TO_COMPARE} needed`
    )
  ],
  [
    'too few chunks in the prior run',
    run(1000, 10),
    prior(run(3, 100)),
    /^the prior run embedded 3 chunks, fewer than/
  ],
  [
    'no chunks/sec recorded by the prior',
    run(1000, 10),
    prior(run(1000, 100, { chunks_per_second: 0 })),
    /^the prior run recorded no chunks\/sec$/
  ]
])('not applied, and why: %s', (_, now, before, why) => {
  // A 10× slowdown that would fail, were the gate applied.
  const [verdict] = slowdown(now, before)
  expect(verdict.status).toBe('not applied')
  expect(verdict.detail).toMatch(why)
})

test('exactly the minimum of chunks, on both sides, is enough to apply the gate', () => {
  const at = MIN_CHUNKS_TO_COMPARE
  expect(slowdown(run(at, 10), prior(run(at, 100)))[0].status).toBe('failed')
})

test('the absolute gate: files/sec against the floor; no gate set, no verdict', () => {
  const stats = run(1000, 100) // 100 files in 20 s: 5 files/sec
  expect(gateVerdicts(stats, undefined, { minFilesPerSecond: 5, dtype: 'fp32' })).toEqual([
    {
      gate: 'min-files-per-second 5',
      status: 'passed',
      detail: 'files/sec 5 is at or above min-files-per-second 5'
    }
  ])
  expect(gateVerdicts(stats, undefined, { minFilesPerSecond: 6, dtype: 'fp32' })[0]).toEqual({
    gate: 'min-files-per-second 6',
    status: 'failed',
    detail: 'files/sec 5 is below min-files-per-second 6'
  })
  expect(throughputGateFailure(stats, 6, '--min-files-per-second')).toBe(
    'files/sec 5 is below --min-files-per-second 6'
  )
  expect(throughputGateFailure(stats, 5, '--min-files-per-second')).toBeUndefined()
  expect(gateVerdicts(stats, prior(stats), { dtype: 'fp32' })).toEqual([])
})

test('both gates: absolute first, each with its own verdict', () => {
  const verdicts = gateVerdicts(run(1000, 50), prior(run(1000, 100)), {
    minFilesPerSecond: 1,
    maxSlowdown: 0.25,
    dtype: 'fp32'
  })
  expect(verdicts.map(v => [v.gate, v.status])).toEqual([
    ['min-files-per-second 1', 'passed'],
    ['max-slowdown 0.25', 'failed']
  ])
})

test('the job summary shows every verdict with its reason, first', () => {
  const now = run(1000, 50)
  const verdicts = gateVerdicts(now, prior(run(10, 100)), {
    minFilesPerSecond: 100,
    maxSlowdown: 0.25,
    dtype: 'fp32'
  })
  const model = { id: 'org/model', commit: null, dtype: 'fp32' }
  const md = renderSummary({ stats: now, prior: run(10, 100), verdicts, model })
  expect(md.split('\n').slice(0, 2)).toEqual([
    '❌ `min-files-per-second 100` failed: files/sec 5 is below min-files-per-second 100\\',
    '➖ `max-slowdown 0.25` not applied: the prior run embedded 10 chunks, fewer than the 256 needed to measure chunks/sec\\'
  ])
  expect(renderSummary({ stats: now, verdicts: [], model })).toMatch(/^➖ no gates set/)
})
