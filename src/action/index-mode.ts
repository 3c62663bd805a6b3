import * as core from '@actions/core'
import { context } from '@actions/github'
import { existsSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isCacheAvailable, restoreDir, saveDir } from '../cache/index.js'
import { cleanUpSupersededEntries } from '../cache/index.js'
import { indexCacheKeys, modelCacheKey } from '../cache/index.js'
import type { ActionConfig } from '../config/index.js'
import { modelCacheDir, pinModel, type PinnedModel } from '../embed/index.js'
import { buildIndex } from '../pipeline/index.js'
import { runSettings, type IndexModel } from '../artifact/index.js'
import { chunkingSettings } from '../chunk/index.js'
import { gateVerdicts, type GateVerdict, type IndexChanges } from '../report/index.js'
import type { PriorFigures } from '../report/index.js'
import type { Log } from '../core/index.js'
import { readPriorFigures } from '../report/index.js'
import { STATS_FIELDS, type RunStats } from '../report/index.js'
import { renderSummary } from '../report/index.js'
import { commentOnPullRequest, stickyMarker } from './comment.js'
import { parseRepository } from '../core/index.js'
import { writeSummary } from './job-summary.js'
import { runnerFigures, workflowRunUrl } from './run-page.js'

const log: Log = { info: core.info, warning: core.warning }

/** Where the cache's entries live on the runner: the model folder and the prior index. */
interface CachePlan {
  /** Whether the cache service is used at all. */
  enabled: boolean
  model?: { dir: string; key: string }
  index: { dir: string; key: string; restoreKeys: string[] }
}

interface Restored {
  modelHit: boolean
  indexHit: boolean
  /** The index entry restored is this commit's own: saving it again would be refused. */
  indexExactHit: boolean
}

/**
 * mode 'index': cache restore → build → outputs, gates' verdicts, summary and PR comment → cache
 * save (and cleanup) → the step fails on a failed gate.
 */
export async function runIndexMode(config: ActionConfig): Promise<void> {
  // The cache keys name the model's commit: ask the hub which one the revision is, once.
  const pinned = await pinModel(config.model, log)
  const cache = planCache(config, pinned)
  const restored = await core.group('cache: restore', () => restore(cache, config))
  core.setOutput('model-cache-hit', String(restored.modelHit))
  core.setOutput('index-cache-hit', String(restored.indexHit))

  const result = await core.group('index', () =>
    buildIndex(
      { ...config, prior: restored.indexHit ? cache.index.dir : config.prior },
      { log, pinned, progressStream: process.stdout }
    )
  )
  setStatsOutputs(config, result.stats, result.statsFile)
  const prior = restored.indexHit ? await readPriorFigures(cache.index.dir) : undefined
  const verdicts = await report(config, { ...result, model: result.manifest.model }, prior)
  await core.group('cache: save', () => save(cache, config, restored))
  for (const verdict of verdicts) if (verdict.status === 'failed') core.setFailed(verdict.detail)
}

/** What the build tells the report. */
interface BuiltIndex {
  stats: RunStats
  model: IndexModel
  changes?: IndexChanges
}

/**
 * The gates' verdicts and the run's report, shown in the job summary and, with `comment`, on the
 * pull request.
 */
async function report(
  config: ActionConfig,
  { stats, model, changes }: BuiltIndex,
  prior: PriorFigures | undefined
): Promise<GateVerdict[]> {
  const verdicts = gateVerdicts(stats, prior, { ...config, dtype: model.dtype })
  const summary = renderSummary({
    stats,
    prior: prior?.stats,
    verdicts,
    model,
    changes,
    runner: runnerFigures(process.env),
    runUrl: workflowRunUrl(process.env)
  })
  await writeSummary(summary)
  if (config.comment) {
    const job = [process.env.GITHUB_WORKFLOW || 'workflow', process.env.GITHUB_JOB || 'job']
    if (config.shard) job.push(`shard ${config.shard.number}/${config.shard.count}`)
    await core.group('comment', () =>
      commentOnPullRequest({
        token: config.githubToken,
        event: context,
        repository: parseRepository(process.env.GITHUB_REPOSITORY),
        marker: stickyMarker(job),
        body: summary,
        log
      })
    )
  }
  return verdicts
}

function planCache(config: ActionConfig, pinned: PinnedModel): CachePlan {
  const enabled = config.cache && isCacheAvailable()
  if (config.cache && !enabled) {
    log.warning(
      'the Actions cache service is not available to this step; indexing without the cache'
    )
  }
  const indexKeys = indexCacheKeys(config.cacheKeyPrefix, {
    settings: runSettings(chunkingSettings(config.maxTokens, config.chunker), pinned),
    shard: config.shard ?? null,
    sha: process.env.GITHUB_SHA || 'local'
  })
  return {
    enabled,
    // A local model-path is the user's own folder: nothing to cache.
    model: pinned.path
      ? undefined
      : { dir: modelCacheDir(pinned), key: modelCacheKey(config.cacheKeyPrefix, pinned) },
    index: {
      dir: join(process.env.RUNNER_TEMP || tmpdir(), 'embed-index', 'prior'),
      ...indexKeys
    }
  }
}

async function restore(cache: CachePlan, config: ActionConfig): Promise<Restored> {
  const restored: Restored = { modelHit: false, indexHit: false, indexExactHit: false }
  if (!cache.enabled) return restored
  if (cache.model)
    restored.modelHit = (await restoreDir([cache.model.dir], cache.model.key, [], log)).hit
  // A full reindex reuses no vectors, but the relative gate compares with the prior's figures.
  if (config.reindex === 'incremental' || config.maxSlowdown !== undefined) {
    await rm(cache.index.dir, { recursive: true, force: true })
    const index = await restoreDir([cache.index.dir], cache.index.key, cache.index.restoreKeys, log)
    restored.indexHit = index.hit
    restored.indexExactHit = index.matchedKey === cache.index.key
  }
  return restored
}

async function save(cache: CachePlan, config: ActionConfig, restored: Restored): Promise<void> {
  if (!cache.enabled) return
  // A run that reused everything never downloaded the model: nothing to save then.
  if (cache.model && !restored.modelHit && existsSync(cache.model.dir)) {
    await saveDir([cache.model.dir], cache.model.key, log)
  }
  if (restored.indexExactHit) return
  await rm(cache.index.dir, { recursive: true, force: true })
  await mkdir(cache.index.dir, { recursive: true })
  await cp(config.output, cache.index.dir, { recursive: true })
  const saved = await saveDir([cache.index.dir], cache.index.key, log)
  if (saved && config.cacheCleanup) {
    // The restore key is the prefix every entry of these settings shares.
    const keyPrefix = cache.index.restoreKeys[0]
    await cleanUpSupersededEntries(config.githubToken, { keyPrefix, keep: cache.index.key }, log)
  }
}

/** The outputs that STATS_FIELDS maps, plus where the index and its stats are. */
function setStatsOutputs(config: ActionConfig, stats: RunStats, statsFile?: string): void {
  core.setOutput('index-path', config.output)
  core.setOutput('stats-path', statsFile ?? '')
  for (const field of STATS_FIELDS) {
    if ('output' in field) core.setOutput(field.output.name, stats[field.key])
  }
}
