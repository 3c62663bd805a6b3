import { summarizeRow, type Sample } from '../summary.js'
import { evaluateTargets, limitTargets } from '../targets.js'

function sample(s: Partial<Sample>): Sample {
  return {
    wallSeconds: 20,
    files: 200,
    chunksEmbedded: 800,
    tokensEmbedded: 80000,
    embedSeconds: 16,
    workers: 2,
    threads: 1,
    peakTreeMB: 700,
    workerPeaksMB: [300, 340],
    statsFilesPerSecond: 10,
    ...s
  }
}

describe('evaluateTargets', () => {
  const ceiling = [sample({ embedSeconds: 15 })]
  const rows = (coldWorkerMB: number) =>
    new Map(
      [
        ['cold-fp32', [sample({ workerPeaksMB: [coldWorkerMB] })]],
        ['cold-q8', [sample({ embedSeconds: 8 })]],
        [
          'unchanged',
          [sample({ wallSeconds: 0.25, chunksEmbedded: 0, statsFilesPerSecond: 2000 })]
        ],
        ['changed-1pct', [sample({ wallSeconds: 2, chunksEmbedded: 4, statsFilesPerSecond: 150 })]]
      ].map(([key, samples]) => [
        key as string,
        summarizeRow(key as string, key as string, samples as Sample[], { ceiling })
      ])
    )

  it('checks each target against its goal, within the run', () => {
    const targets = evaluateTargets(rows(340), {
      min: 0.985,
      mean: 0.997,
      rows: 800,
      unrelatedMean: 0.41
    })
    const byLabel = Object.fromEntries(targets.map(t => [t.label, t]))
    // cold fp32: 800 chunks in 16 s against the ceiling's 15 s.
    expect(byLabel['cold fp32 chunks/s >= 0.95 × fp32 ceiling']).toMatchObject({
      value: 15 / 16,
      pass: false
    })
    expect(byLabel['cold q8 chunks/s >= 1.8 × fp32 ceiling']).toMatchObject({
      value: 15 / 8,
      pass: true
    })
    expect(byLabel['q8 vectors: cosine to fp32 >= 0.99 for every chunk']).toMatchObject({
      value: 0.985,
      pass: false,
      shown: 'min 0.98500, mean 0.99700 over 800 chunks (for scale: different chunks average 0.41)'
    })
    expect(byLabel['nothing changed files/s >= 50 × cold']).toMatchObject({
      value: 80,
      pass: true,
      shown: "80.00 × cold (by embed-index's own files/s: 200.00 × cold)"
    })
    expect(byLabel['1% changed files/s >= 15 × cold']).toMatchObject({ value: 10, pass: false })
    expect(byLabel['peak RSS per worker (fp32) <= 350 MB']).toMatchObject({
      value: 340,
      pass: true
    })
    expect(
      evaluateTargets(rows(351), { min: 1, mean: 1, rows: 1, unrelatedMean: 0 }).find(t =>
        t.label.includes('RSS')
      )
    ).toMatchObject({ pass: false, shown: '351 MB' })
  })
})

describe('limitTargets', () => {
  const limit = { gflopsPerRun: [100], flopsPerToken: 1e6 }
  const rows = (q8Tokens: number, unfusedSeconds: number) =>
    new Map(
      [
        // 80000 tokens in 16 s: 5000 tokens/s × 1 MFLOP = 5 GFLOP/s of a 100 GFLOP/s limit.
        ['cold-fp32', [sample({})]],
        ['cold-q8', [sample({ tokensEmbedded: q8Tokens })]],
        ['cold-q8-no-fuse', [sample({ tokensEmbedded: q8Tokens, embedSeconds: unfusedSeconds })]]
      ].map(([key, samples]) => [
        key as string,
        summarizeRow(key as string, key as string, samples as Sample[], { limit })
      ])
    )
  const pair = (sameVectors: boolean) => ({
    fused: 'cold-q8',
    unfused: 'cold-q8-no-fuse',
    layout: 'L',
    sameVectors
  })

  it('takes shares of the machine limit and compares the rewrite with --no-fuse', () => {
    const byLabel = Object.fromEntries(
      limitTargets(rows(1_280_000, 20), [pair(true)]).map(t => [t.label, t])
    )
    expect(byLabel['cold q8 >= 0.8 of the int8 DynamicQuantizeMatMul limit']).toMatchObject({
      value: 0.8,
      pass: true,
      shown: '0.80 of the int8 limit'
    })
    expect(byLabel['cold fp32 >= 0.95 of the fp32 MatMul limit']).toMatchObject({
      value: 0.05,
      pass: false
    })
    expect(byLabel['q8 L: chunks/s with the rewrite >= without']).toMatchObject({
      value: 20 / 16,
      pass: true
    })
    expect(byLabel['q8 L: the rewrite gives the same vectors.npy bytes']).toMatchObject({
      pass: true
    })
  })

  it('fails a slower rewrite and different vectors', () => {
    const targets = limitTargets(rows(80000, 8), [pair(false)])
    expect(targets.filter(t => !t.pass).map(t => t.label)).toEqual([
      'cold q8 >= 0.8 of the int8 DynamicQuantizeMatMul limit',
      'cold fp32 >= 0.95 of the fp32 MatMul limit',
      'q8 L: chunks/s with the rewrite >= without',
      'q8 L: the rewrite gives the same vectors.npy bytes'
    ])
  })
})
