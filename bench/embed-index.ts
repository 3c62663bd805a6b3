import { access, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { ChunkRule } from '../src/chunk/file-chunker.js'
import type { Dtype } from '../src/core/model.js'
import type { RunStats } from '../src/report/stats.js'
import { runMeasured, type Measured } from './measure.js'

export interface IndexRun {
  root: string
  out: string
  modelDir: string
  dtype: Dtype
  batchSize: number
  /** Omitted: the CLI's default ('auto', one per core). */
  workers?: number
  prior?: string
  logFile: string
  /** Omitted: the CLI's default ('syntax'). */
  chunker?: ChunkRule
  /** false: --no-fuse (the graph rewrite off); omitted: the CLI's default (on). */
  fuse?: false
  /** Where the graph rewrite keeps its files; omitted: the CLI's default. */
  cacheDir?: string
}

/**
 * embed-index as users run it: `node lib/cli.js index`, the npm package's CLI (`npm ci` builds it),
 * in its own process tree. Chunk texts are stored so that naive and ceiling can embed the very
 * same chunks.
 */
export async function runEmbedIndex(
  repoRoot: string,
  run: IndexRun
): Promise<{ measured: Measured; stats: RunStats }> {
  const cli = path.join(repoRoot, 'lib', 'cli.js')
  await access(cli).catch(() => {
    throw new Error(`${cli} is missing: build it with 'npm run build:lib'`)
  })
  await rm(run.out, { recursive: true, force: true })
  const statsFile = `${run.out}.stats.json`
  const args = [
    cli,
    'index',
    '--root',
    run.root,
    '--out',
    run.out,
    '--model-path',
    run.modelDir,
    '--dtype',
    run.dtype,
    '--batch-size',
    String(run.batchSize),
    '--store-text',
    '--stats-json',
    statsFile,
    ...(run.workers !== undefined ? ['--workers', String(run.workers)] : []),
    ...(run.prior !== undefined ? ['--prior', run.prior] : []),
    ...(run.chunker !== undefined ? ['--chunker', run.chunker] : []),
    ...(run.fuse === false ? ['--no-fuse'] : []),
    ...(run.cacheDir !== undefined ? ['--cache-dir', run.cacheDir] : [])
  ]
  const measured = await runMeasured(process.execPath, args, {
    cwd: repoRoot,
    logFile: run.logFile
  })
  const stats = JSON.parse(await readFile(statsFile, 'utf8')) as RunStats
  return { measured, stats }
}
