import { parseBenchArgs } from '../args.js'
import { lengthSortedBatches, paddedTokens, splitBatches } from '../batches.js'
import { cosineSummary, textsByFile } from '../chunks.js'
import { insertMiddleLine, pickEvenly } from '../corpus.js'
import { cpuModel } from '../machine.js'

const ids = (length: number): number[] => Array.from({ length }, (_, i) => 100 + i)

describe('ceiling batches', () => {
  it('sorts by length, longest first, in batches of at most the batch size', () => {
    const batches = lengthSortedBatches([3, 9, 1, 7, 5].map(ids), 2)
    expect(batches.map(b => b.map(row => row.length))).toEqual([[9, 7], [5, 3], [1]])
  })

  it('keeps a batch within the token budget, one row at the least', () => {
    const batches = lengthSortedBatches([300, 200, 100, 100, 100, 50].map(ids), 16, 400)
    expect(batches.map(b => b.map(row => row.length))).toEqual([[300], [200, 100], [100, 100, 50]])
  })

  it('counts padding in the work of a batch', () => {
    expect(paddedTokens([ids(5), ids(2), ids(1)])).toBe(15)
  })

  it('deals batches so each process gets a like share of the padded work', () => {
    const batches = lengthSortedBatches([10, 10, 8, 8, 6, 6, 2, 2].map(ids), 2)
    const shares = splitBatches(batches, 2)
    expect(shares.map(share => share.reduce((n, b) => n + paddedTokens(b), 0))).toEqual([24, 28])
    expect(shares.flat()).toHaveLength(4)
  })
})

describe('corpus edits', () => {
  it('picks files spread over the sorted list, the same whatever the input order', () => {
    const files = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}`)
    expect(pickEvenly(files, 2)).toEqual(['f050', 'f150'])
    expect(pickEvenly([...files].reverse(), 2)).toEqual(['f050', 'f150'])
  })

  it('inserts a line in the middle of the text', () => {
    expect(insertMiddleLine('a\nb\nc\nd', 'X')).toBe('a\nb\nX\nc\nd')
  })
})

describe('chunk helpers', () => {
  it('groups chunk texts per file in order of appearance', () => {
    const chunks = [
      { path: 'b.ts', text: 'b1', tokens: 3 },
      { path: 'a.ts', text: 'a1', tokens: 3 },
      { path: 'b.ts', text: 'b2', tokens: 3 }
    ]
    expect(textsByFile(chunks)).toEqual([['b1', 'b2'], ['a1']])
  })

  it('gives the cosine of each row pair: its minimum and mean', () => {
    const a = new Float32Array([1, 0, 0, 1, 3, 4, -4, 3])
    const b = new Float32Array([2, 0, 1, 1, 3, 4, -4, 3])
    const summary = cosineSummary(a, b, 2)
    expect(summary.rows).toBe(4)
    expect(summary.min).toBeCloseTo(Math.SQRT1_2, 6)
    expect(summary.mean).toBeCloseTo((3 + Math.SQRT1_2) / 4, 6)
    // Rows 0-2, 1-3, 2-0, 3-1 of a: 0.6, 0.6, 0.6, 0.6.
    expect(summary.unrelatedMean).toBeCloseTo(0.6, 6)
  })
})

describe('machine', () => {
  it('names the CPU from /proc/cpuinfo', () => {
    const cpuinfo =
      'processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9R14\nflags\t: fpu\n'
    expect(cpuModel(cpuinfo)).toBe('AMD EPYC 9R14')
    expect(cpuModel('processor : 0\n')).toBe('unknown CPU')
  })
})

describe('parseBenchArgs', () => {
  it('has defaults, and reads runs, json and a worker list', () => {
    expect(parseBenchArgs([])).toEqual({
      runs: 3,
      json: '.bench/results.json',
      workers: undefined,
      serve: false,
      defs: false,
      pull: false
    })
    expect(parseBenchArgs(['--runs', '5', '--json', 'r.json', '--workers', '1,2,4,2'])).toEqual({
      runs: 5,
      json: 'r.json',
      workers: [1, 2, 4],
      serve: false,
      defs: false,
      pull: false
    })
    expect(parseBenchArgs(['--serve'])).toEqual({
      runs: 3,
      json: '.bench/serve-results.json',
      workers: undefined,
      serve: true,
      defs: false,
      pull: false
    })
  })

  it('--pull picks the pull bench and its own results file', () => {
    expect(parseBenchArgs(['--pull'])).toMatchObject({
      json: '.bench/pull-results.json',
      pull: true,
      serve: false
    })
  })

  it('--overlay N picks the overlay bench, N edits, and its own results file', () => {
    expect(parseBenchArgs(['--overlay', '20'])).toMatchObject({
      json: '.bench/overlay-results.json',
      overlay: 20,
      serve: false
    })
  })

  it('--scale reads index and merge cases, with or without stored text, each once', () => {
    expect(
      parseBenchArgs(['--scale', '100000:text,10000000, 50x5000000,2x10:text,10000000'])
    ).toMatchObject({
      json: '.bench/scale-results.json',
      scale: [
        { rows: 100000, text: true },
        { rows: 10000000, text: false },
        { rows: 5000000, text: false, shards: 50 },
        { rows: 10, text: true, shards: 2 }
      ]
    })
  })

  it.each([
    [['--scale', '100k'], /--scale: "100k" is not ROWS/],
    [['--scale', '0'], /--scale: "0"/],
    [['--scale', '1x100'], /2 to ROWS shards/],
    [['--scale', '5x4'], /2 to ROWS shards/],
    [['--scale', '100:txt'], /is not ROWS/],
    [['--runs', '0'], /--runs: "0"/],
    [['--workers', '1,x'], /--workers: "x"/],
    [['--threads', '2'], /threads/],
    [['extra'], /extra/],
    [['--serve', '--workers', '2'], /pick one/],
    [['--pull', '--serve'], /pick one/],
    [['--scale', '100', '--ann', '100'], /pick one/],
    [['--overlay', '0'], /--overlay: "0"/],
    [['--overlay', '3', '--serve'], /pick one/]
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message)
  })
})
