/**
 * `npm run bench -- --pull`: from `embed-index pull` to the first `query` answer, as a laptop
 * gets the CI's index. The bench corpus is indexed (as CI would), zipped as an artifact, and
 * served by the REST stand-in the tests use (list, redirect, download) for the HEAD of a fresh
 * one-commit checkout; then `node lib/cli.js pull` and `node lib/cli.js query` (the index read
 * from .embed-index, verified, the model loaded, one hybrid search) each run to exit, timed from
 * spawn. The model has seeded random weights: the times are real, the ranking is not.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { zipSync } from 'fflate'
import { startGitHubApi } from '../__tests__/helpers/github-api.js'
import { runEmbedIndex } from './embed-index.js'
import { describeMachine, loadAverageNow, type Machine } from './machine.js'
import { runMeasured } from './measure.js'
import { median } from './summary.js'
import { BATCH_SIZE, describeModel, paths, prepare, progress, REPO_ROOT } from './suite.js'

const QUERY = 'merge the shard indexes into one'

export interface PullReport {
  machine: Machine
  model: string
  index: { files: number; chunks: number; zipBytes: number }
  runs: number
  /** Medians over runs, seconds from spawn to exit. */
  pullSeconds: number
  querySeconds: number
  totalSeconds: number
  samples: { pull: number; query: number }[]
  benchSeconds: number
}

async function zipIndex(dir: string): Promise<Uint8Array> {
  const entries: Record<string, Uint8Array> = {}
  for (const name of await readdir(dir)) entries[name] = await readFile(path.join(dir, name))
  return zipSync(entries)
}

/** A checkout of one empty commit: what pull needs of git is HEAD. */
function oneCommitCheckout(dir: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8'
    }).trim()
  git('init', '-q')
  git('commit', '-q', '--allow-empty', '-m', 'bench')
  return git('rev-parse', 'HEAD')
}

export async function runPullBench(runs: number): Promise<PullReport> {
  const started = performance.now()
  const machine = describeMachine()
  const cli = path.join(REPO_ROOT, 'lib', 'cli.js')
  await prepare()
  progress('indexing the corpus (fp32), as CI would')
  const ciIndex = paths.out('pull-ci')
  await runEmbedIndex(REPO_ROOT, {
    root: paths.corpus,
    out: ciIndex,
    modelDir: paths.model,
    dtype: 'fp32',
    batchSize: BATCH_SIZE,
    logFile: paths.log('pull-ci', 1)
  })
  const manifest = JSON.parse(await readFile(path.join(ciIndex, 'manifest.json'), 'utf8')) as {
    counts: { files: number; chunks: number }
  }
  const zip = await zipIndex(ciIndex)
  const checkout = paths.out('pull-checkout')
  await rm(checkout, { recursive: true, force: true })
  await mkdir(checkout, { recursive: true })
  const head = oneCommitCheckout(checkout)
  const api = await startGitHubApi()
  process.env.GITHUB_TOKEN = 'bench-token'
  const samples: { pull: number; query: number }[] = []
  try {
    api.artifacts = [
      {
        id: 1,
        name: 'embed-index',
        expired: false,
        created_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
        head_sha: head,
        zip
      }
    ]
    for (let run = 1; run <= runs; run++) {
      await rm(path.join(checkout, '.embed-index'), { recursive: true, force: true })
      const options = { cwd: checkout, logFile: paths.log('pull', run) }
      const pull = await runMeasured(
        process.execPath,
        [cli, 'pull', '--repo', 'bench/corpus', '--api-url', api.url],
        options
      )
      const query = await runMeasured(
        process.execPath,
        [cli, 'query', '--text', QUERY, '--root', paths.corpus, '--model-path', paths.model],
        { ...options, logFile: paths.log('pull-query', run) }
      )
      samples.push({ pull: pull.wallSeconds, query: query.wallSeconds })
      progress(
        `run ${run}: pull ${pull.wallSeconds.toFixed(2)} s, query ${query.wallSeconds.toFixed(2)} s`
      )
    }
  } finally {
    await api.stop()
  }
  machine.loadAverage.end = loadAverageNow()
  return {
    machine,
    model: describeModel(),
    index: { ...manifest.counts, zipBytes: zip.length },
    runs,
    pullSeconds: median(samples.map(s => s.pull)),
    querySeconds: median(samples.map(s => s.query)),
    totalSeconds: median(samples.map(s => s.pull + s.query)),
    samples,
    benchSeconds: (performance.now() - started) / 1000
  }
}

export function renderPullReport(report: PullReport): string {
  const s = (value: number) => `${value.toFixed(2)} s`
  return [
    `pull to first answer: bench corpus index (${report.index.files} files, ${report.index.chunks} chunks, zip ${(report.index.zipBytes / 1e6).toFixed(1)} MB), local REST stand-in`,
    `model: ${report.model} (seeded random weights: times are real, similarity is not)`,
    `load average: ${report.machine.loadAverage.start} at start, ${report.machine.loadAverage.end} at end; median of ${report.runs} runs`,
    '',
    '| step                                   | wall    |',
    '| -------------------------------------- | ------- |',
    `| \`embed-index pull\` (list, download, unzip, verify, swap) | ${s(report.pullSeconds)} |`,
    `| \`embed-index query\` (read, verify, model, hybrid search) | ${s(report.querySeconds)} |`,
    `| pull to first answer                   | ${s(report.totalSeconds)} |`
  ].join('\n')
}
