import { renderReport, type BenchReport } from '../report.js'
import { summarizeRow, type Sample } from '../summary.js'
import type { Target } from '../targets.js'

function sample(wallSeconds: number, chunksEmbedded: number, embedSeconds: number): Sample {
  return {
    wallSeconds,
    files: 200,
    chunksEmbedded,
    tokensEmbedded: chunksEmbedded * 100,
    embedSeconds,
    workers: 2,
    threads: 1,
    peakTreeMB: 612.4,
    workerPeaksMB: [251.2, 248.6]
  }
}

function report(overrides: Partial<BenchReport> = {}): BenchReport {
  const naive = [sample(40, 800, 38)]
  const ceiling = [sample(25, 800, 20)]
  return {
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryGiB: 23.5,
      node: 'v20.20.2',
      loadAverage: { start: 0.4, end: 1.2 }
    },
    model: 'random weights with MiniLM-L6 shapes',
    embedIndex: 'node lib/cli.js index',
    corpus: {
      files: 200,
      chunks: 800,
      tokens: 80000,
      sources: ['fast-glob', 'semver'],
      edited: []
    },
    runs: 3,
    rows: [
      // 80000 tokens in 38 s × 1 MFLOP per token = 2.1 GFLOP/s of a 10 GFLOP/s limit.
      summarizeRow('naive', 'naive', naive, {
        naive,
        ceiling,
        limit: { gflopsPerRun: [10], flopsPerToken: 1e6 }
      }),
      summarizeRow('ceiling', 'ceiling 2×1', ceiling, { naive, ceiling }),
      summarizeRow('unchanged', 'nothing changed', [sample(0.5, 0, 0)], { naive, ceiling })
    ],
    targets: [],
    totalSeconds: 312.4,
    ...overrides
  }
}

describe('renderReport', () => {
  it('names the machine, the model and the corpus above the table', () => {
    const text = renderReport(report())
    expect(text).toMatch(/median of 3 runs/)
    expect(text).toMatch(
      /machine: AMD EPYC, 2 cores, 23.5 GiB, Node v20.20.2 \(1-min load average 0.4 at start, 1.2 at end\)/
    )
    expect(text).toMatch(/model: +random weights with MiniLM-L6 shapes/)
    expect(text).toMatch(/corpus: +200 files, 800 chunks, 80000 tokens \(fast-glob, semver\)/)
    expect(text).not.toMatch(/machine limits/)
    const limits = { fp32: { one: 60, all: 100 }, int8: { one: 200, all: 350 } }
    expect(renderReport(report({ limits }))).toMatch(
      /machine limits, .*: fp32 MatMul 60 GFLOP\/s at 1 thread, 100 GFLOP\/s at 2; int8 DynamicQuantizeMatMul 200 GFLOP\/s at 1 thread, 350 GFLOP\/s at 2/
    )
  })

  it('prints one aligned line per row with its ratios, and dashes where a figure does not apply', () => {
    const lines = renderReport(report()).split('\n')
    const header = lines.find(line => line.includes('wall s'))!
    const row = (label: string) => lines.find(line => line.startsWith(label))!
    // naive: 200 files in 40 s; 800 chunks in 38 s; ratios to itself and to a 2× faster ceiling.
    expect(row('naive').split(/\s{2,}/)).toEqual([
      'naive',
      '40.0',
      '5.0',
      '800',
      '21.1',
      '2105',
      '612',
      '251',
      '1.00',
      '0.53',
      '0.21'
    ])
    expect(
      row('ceiling 2×1')
        .split(/\s{2,}/)
        .slice(-3)
    ).toEqual(['1.60', '1.00', '-'])
    // Nothing embedded: no chunk rates and no ratio to the ceiling.
    expect(row('nothing changed').split(/\s{2,}/)).toEqual([
      'nothing changed',
      '0.5',
      '400.0',
      '0',
      '-',
      '-',
      '612',
      '251',
      '80.00',
      '-',
      '-'
    ])
    // Right-aligned: every row ends where the header does.
    for (const label of ['naive', 'ceiling 2×1', 'nothing changed']) {
      expect(row(label).length).toBe(header.length)
    }
    expect(lines).toContain('  naive: 251, 249')
  })

  it('prints targets as PASS/FAIL lines and the scaling table when present', () => {
    const targets: Target[] = [
      { label: 'fast', value: 2, shown: '2.00 × x', goal: 1.8, atLeast: true, pass: true },
      { label: 'small', value: 400, shown: '400 MB', goal: 350, atLeast: false, pass: false }
    ]
    const scaling = [
      { requested: 1, workers: 1, threadsPerWorker: 2, chunksPerSecond: 30, efficiency: 1 },
      { requested: 4, workers: 2, threadsPerWorker: 1, chunksPerSecond: 33, efficiency: 0.55 }
    ]
    const text = renderReport(report({ targets, scaling }))
    expect(text).toContain('  PASS  fast: 2.00 × x')
    expect(text).toContain('  FAIL  small: 400 MB')
    expect(text).toMatch(/^4 +2 +1 +33\.0 +0\.55$/m)
    expect(text).toMatch(/bench took 312 s/)
  })
})
