import {
  errorLine,
  evaluateScaleTargets,
  renderScaleReport,
  type IndexCaseRow,
  type MergeCaseRow
} from '../scale-report.js'

function indexRow(
  rows: number,
  startSeconds: number,
  p99: number,
  recallAt10: number
): IndexCaseRow {
  const latency = { p50: 10, p99 }
  return {
    case: `${rows}:text`,
    rows,
    text: true,
    grow: { seconds: 1, rows, MB: 100 },
    verify: { wallSeconds: 3, peakMB: 200 },
    query: { error: 'error: Invalid string length' },
    serve: {
      startSeconds,
      readySeconds: startSeconds + 1,
      loadedMB: 3000,
      peakMB: 3500,
      latency: { semantic: latency, keyword: latency, hybrid: latency }
    },
    recall: { recallAt10, queries: 1000 },
    graphMB: 50
  }
}

const merge: MergeCaseRow = {
  case: '50x5000000',
  rows: 5000000,
  text: false,
  shards: 50,
  grow: { seconds: 100, rows: 5000000, MB: 7700 },
  merges: [
    { order: '1..50', wallSeconds: 60, peakMB: 400 },
    { order: '50..1', wallSeconds: 61, peakMB: 1600 }
  ],
  identical: { same: true }
}

test("the 10-million-row bounds apply from 10,000,000 rows; a failed command fails 'works'", () => {
  const small = evaluateScaleTargets([indexRow(100000, 9, 900, 0.5)], [])
  expect(small.map(t => [t.label, t.pass])).toEqual([
    ['writing the index at 100000:text works', true],
    ['verify at 100000:text works', true],
    ['query at 100000:text works', false],
    ['serve at 100000:text works', true],
    ['recall measure at 100000:text works', true]
  ])
  const large = evaluateScaleTargets([indexRow(10000000, 4.9, 101, 0.95)], [merge])
  expect(large.slice(5).map(t => [t.label, t.pass])).toEqual([
    ['serve first answer at 10000000:text <= 5 s', true],
    ['server RSS at 10000000:text <= 4 GB', true],
    ['hybrid p99 at 10000000:text <= 100 ms', false],
    ['recall@10 at 10000000:text >= 0.95', true],
    ['writing the shards at 50x5000000 works', true],
    ['merge at 50x5000000 works', true],
    ['merge at 50x5000000 works', true],
    ['merge peak RSS at 50x5000000 <= 1.5 GB', false],
    ["merged bytes at 50x5000000 equal the unsharded index's, in either order", true]
  ])
})

test('the report shows a failed command by its line, and every merge order', () => {
  const row = indexRow(2000000, 2, 50, 0.99)
  const text = renderScaleReport({
    machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 23.5, node: 'v20', loadAverage: { start: 1 } },
    model: 'minilm shapes, random weights',
    queries: { count: 200, examples: ['readIndex'] },
    indexes: [row],
    merges: [merge],
    targets: evaluateScaleTargets([row], [merge]),
    totalSeconds: 10
  })
  expect(text).toMatch(
    /^2000000:text +2000000 +100 +1\.0 +3\.0 s \/ 200 MB +failed: error: Invalid string length +- +2\.00 +3500 +10\.0 \/ 50\.0 .* 0\.990 +50$/m
  )
  expect(text).toMatch(
    /^50x5000000 +50 +5000000 +7700 +100\.0 +1\.\.50: 60\.0 s \/ 400 MB +50\.\.1: 61\.0 s \/ 1600 MB +yes$/m
  )
  expect(text).toMatch(/FAIL {2}query at 2000000:text works: error: Invalid string length/)
})

test('a case the bench could not write shows the failure where its rows would be', () => {
  const notRun = { error: 'not run: the bench could not write the index' }
  const grow = { error: 'RangeError: Invalid string length' }
  const row: IndexCaseRow = {
    case: '10000000',
    rows: 10000000,
    text: false,
    grow,
    verify: notRun,
    query: notRun,
    serve: notRun,
    recall: notRun
  }
  const unmerged: MergeCaseRow = { ...merge, grow, merges: [], identical: notRun }
  const text = renderScaleReport({
    machine: { cpu: 'AMD EPYC', cores: 2, memoryGiB: 23.5, node: 'v20', loadAverage: { start: 1 } },
    model: 'm',
    queries: { count: 1, examples: [] },
    indexes: [row],
    merges: [unmerged],
    targets: evaluateScaleTargets([row], [unmerged]),
    totalSeconds: 1
  })
  expect(text).toMatch(
    /^10000000 +failed: RangeError: Invalid string length +- +- +failed: not run/m
  )
  expect(text).toMatch(
    /^50x5000000 +50 +failed: RangeError: Invalid string length +- +- +- +- +failed: not run/m
  )
  expect(text).toMatch(
    /FAIL {2}writing the index at 10000000 works: RangeError: Invalid string length/
  )
})

test("a failure's line: the command's own error line where its log has one", () => {
  const failure = new Error(
    'node cli.js verify failed (exit 1); v.log ends:\nreading\nRangeError: Invalid array length\n    at x'
  )
  expect(errorLine(failure)).toBe('RangeError: Invalid array length')
  expect(errorLine(new Error('x failed; log ends:\nstarting\ninvalid: dir: row 3 is bad'))).toBe(
    'invalid: dir: row 3 is bad'
  )
  expect(errorLine(new Error('serve did not start: closed\nnothing said'))).toBe(
    'serve did not start: closed'
  )
  expect(errorLine('plain')).toBe('plain')
})
