import { summarizeRow, type Sample } from '../summary.js'
import { evaluateTargets } from '../targets.js'

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
