import {
  bestPerRun,
  figures,
  median,
  medianRatio,
  medianWorkerPeaksMB,
  summarizeRow,
  workerPeaksMB,
  type Sample
} from '../summary.js'

function sample(overrides: Partial<Sample>): Sample {
  return {
    wallSeconds: 10,
    files: 100,
    chunksEmbedded: 400,
    tokensEmbedded: 40000,
    embedSeconds: 8,
    workers: 2,
    threads: 1,
    peakTreeMB: 600,
    workerPeaksMB: [250, 260],
    ...overrides
  }
}

describe('median', () => {
  it('takes the middle value whatever the order, and the mean of the two middles', () => {
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/nothing/)
  })
})

describe('figures', () => {
  it('divides files by wall time and chunks and tokens by embedding time', () => {
    expect(figures(sample({}))).toEqual({
      wallSeconds: 10,
      filesPerSecond: 10,
      chunksEmbedded: 400,
      chunksPerSecond: 50,
      tokensPerSecond: 5000,
      peakTreeMB: 600,
      maxWorkerMB: 260
    })
  })

  it('gives 0 chunks/s, not NaN, when nothing was embedded', () => {
    const f = figures(sample({ chunksEmbedded: 0, tokensEmbedded: 0, embedSeconds: 0 }))
    expect(f.chunksPerSecond).toBe(0)
    expect(f.tokensPerSecond).toBe(0)
  })
})

describe('ratios', () => {
  it('divides within each run before taking the median', () => {
    // Run-by-run ratios 2, 4, 3 → 3; the ratio of the medians would be 40/10 = 4.
    const a = [20, 40, 60].map(wall => sample({ wallSeconds: 100 / wall }))
    const b = [10, 10, 20].map(wall => sample({ wallSeconds: 100 / wall }))
    expect(medianRatio(a, b, f => f.filesPerSecond)).toBeCloseTo(3, 10)
  })

  it('refuses rows sampled in different numbers of runs', () => {
    expect(() => medianRatio([sample({})], [], f => f.wallSeconds)).toThrow(/different runs/)
  })

  it('takes the best ceiling split of each run', () => {
    const oneByTwo = [sample({ embedSeconds: 10 }), sample({ embedSeconds: 5 })]
    const twoByOne = [sample({ embedSeconds: 8 }), sample({ embedSeconds: 6 })]
    expect(bestPerRun([oneByTwo, twoByOne])).toEqual([twoByOne[0], oneByTwo[1]])
  })

  it('compares a row to naive by files/s and to the ceiling by chunks/s', () => {
    const naive = [sample({ wallSeconds: 40 })]
    const ceiling = [sample({ embedSeconds: 4 })]
    const row = summarizeRow('cold', 'cold', [sample({})], { naive, ceiling })
    expect(row.vsNaive).toBe(4)
    expect(row.vsCeiling).toBe(0.5)
    const reuse = summarizeRow('reuse', 'reuse', [sample({ chunksEmbedded: 0 })], { ceiling })
    expect(reuse.vsCeiling).toBeUndefined()
  })
})

describe('worker peaks', () => {
  const tree = (...processes: [string, number][]) => ({
    peakTreeBytes: 0,
    processes: processes.map(([comm, mb], i) => ({ pid: i + 1, comm, peakRssBytes: mb * 1e6 }))
  })

  it('counts the descendants that run the root program, not helpers such as esbuild', () => {
    expect(
      workerPeaksMB(tree(['node', 90], ['node', 300], ['esbuild', 12], ['node', 280]))
    ).toEqual([300, 280])
  })

  it('is the root itself when it forked no worker', () => {
    expect(workerPeaksMB(tree(['node', 900], ['esbuild', 12]))).toEqual([900])
  })

  it('takes each worker median over runs', () => {
    const runs = [[300, 200], [310, 190], [320]].map(peaks => sample({ workerPeaksMB: peaks }))
    expect(medianWorkerPeaksMB(runs)).toEqual([310, 195])
  })
})
