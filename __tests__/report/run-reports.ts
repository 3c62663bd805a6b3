/**
 * Reports of three kinds of run for the renderer's tests, with figures that need formatting
 * (thousands, long decimals): a passing incremental run, a failing one, and a first run.
 */
import { computeStats, type RunStats } from '../../src/report/stats.js'
import type { RunReport } from '../../src/report/summary-markdown.js'

export function runStats(changes: Partial<Parameters<typeof computeStats>[0]> = {}): RunStats {
  return computeStats({
    files_total: 12_345,
    files_embedded: 321,
    files_skipped: 7,
    chunks_total: 98_765,
    chunks_embedded: 1_234,
    tokens_embedded: 456_789,
    workers: 2,
    threads_per_worker: 2,
    wall_seconds: 61.2345678,
    model_load_seconds: 1.5,
    embed_seconds: 9.87654321,
    per_worker: [
      { worker: 1, chunks: 700, tokens: 260_000, busy_seconds: 9.5 },
      { worker: 2, chunks: 534, tokens: 196_789, busy_seconds: 9.7 }
    ],
    skipped_by_reason: { binary: 5, 'too-large': 2 },
    files_by_chunker: { syntax: 300, lines: 21 },
    ...changes
  })
}

const common = {
  model: {
    id: 'sentence-transformers/all-MiniLM-L6-v2',
    commit: 'c9745ed1d9f207416be6d2e6f8de32d1f16199bf',
    dtype: 'q8'
  },
  runner: { os: 'Linux', arch: 'X64', cores: 4 },
  runUrl: 'https://github.com/octo/widgets/actions/runs/123456789'
}

export const passing: RunReport = {
  ...common,
  stats: runStats(),
  prior: runStats({ wall_seconds: 70.5, embed_seconds: 10.5 }),
  verdicts: [
    {
      gate: 'min-files-per-second 100',
      status: 'passed',
      detail: 'files/sec 201.602 is at or above min-files-per-second 100'
    },
    {
      gate: 'max-slowdown 0.25',
      status: 'passed',
      detail:
        'chunks/sec 124.942 against 117.524 recorded with the prior index: 6.3 % faster: within max-slowdown 0.25'
    }
  ],
  changes: {
    added: ['src/new-feature.ts'],
    changed: ['README.md', 'src/index.ts'],
    removed: ['src/old | name.ts']
  }
}

export const failing: RunReport = {
  ...common,
  stats: runStats({ embed_seconds: 20 }),
  prior: runStats(),
  verdicts: [
    {
      gate: 'max-slowdown 0.25',
      status: 'failed',
      detail:
        'chunks/sec 61.7 against 124.942 recorded with the prior index: 50.6 % slower: more than max-slowdown 0.25 allows'
    }
  ],
  changes: { added: [], changed: ['src/index.ts'], removed: [] }
}

export const firstRun: RunReport = {
  stats: runStats({ files_embedded: 12_345, chunks_embedded: 98_765, embed_seconds: 600 }),
  verdicts: [],
  model: { id: 'local/tiny', commit: null, sha256: 'ab'.repeat(32), dtype: 'fp32' },
  runner: common.runner
}
