import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isCacheAvailable, restoreDir, saveDir } from '../cache/actions-cache.js'
import { indexCacheKeys, modelCacheKey } from '../cache/keys.js'
import type { ActionConfig } from '../config/parse.js'
import { modelCacheDir, pinModel, type PinnedModel } from '../embed/model-source.js'
import { buildIndex } from '../pipeline/build-index.js'
import { runSettings } from '../pipeline/settings.js'
import { throughputGateFailure } from '../report/gate.js'
import type { Log } from '../report/log.js'
import { STATS_FIELDS, type RunStats } from '../report/stats.js'
import { renderSummary } from '../report/summary.js'
import { writeSummary } from './summary.js'

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

/** mode 'index': cache restore → build → outputs and summary → cache save → throughput gate. */
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
  await writeSummary(renderSummary(result.stats, result.priorStats))
  await core.group('cache: save', () => save(cache, config, restored))

  const failure = throughputGateFailure(
    result.stats,
    config.minFilesPerSecond,
    'min-files-per-second'
  )
  if (failure) core.setFailed(failure)
}

function planCache(config: ActionConfig, pinned: PinnedModel): CachePlan {
  const enabled = config.cache && isCacheAvailable()
  if (config.cache && !enabled) {
    log.warning(
      'the Actions cache service is not available to this step; indexing without the cache'
    )
  }
  const indexKeys = indexCacheKeys(config.cacheKeyPrefix, {
    settings: runSettings(config.maxTokens, pinned),
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
  if (config.reindex === 'incremental') {
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
  await saveDir([cache.index.dir], cache.index.key, log)
}

/** The outputs that STATS_FIELDS maps, plus where the index and its stats are. */
function setStatsOutputs(config: ActionConfig, stats: RunStats, statsFile?: string): void {
  core.setOutput('index-path', config.output)
  core.setOutput('stats-path', statsFile ?? '')
  for (const field of STATS_FIELDS) {
    if ('output' in field) core.setOutput(field.output.name, stats[field.key])
  }
}
