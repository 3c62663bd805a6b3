/**
 * The GitHub Action entry (dist/index.js): inputs → the shared config → cache restore →
 * the indexing pipeline → outputs, job summary, cache save, throughput gate.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { indexCacheKeys, modelCacheKey } from './cache/keys.js'
import { isCacheAvailable, restoreDir, saveDir } from './cache/actions-cache.js'
import { chunkingSettings } from './chunk/chunker.js'
import { INDEX_OPTIONS } from './config/options.js'
import { parseActionConfig } from './config/parse.js'
import type { ActionConfig, RawOptions } from './config/types.js'
import { modelCacheDir } from './embed/model-source.js'
import type { Log } from './embed/types.js'
import { STATS_FILE } from './index/format.js'
import { expandMergeInputs, mergeIndexes } from './index/merge.js'
import { runIndex } from './pipeline.js'
import { renderSummary } from './report/summary.js'
import { errorMessage } from './util/error-message.js'

const log: Log = { info: core.info, warning: core.warning }

function readInputs(): RawOptions {
  const raw: RawOptions = {}
  for (const spec of INDEX_OPTIONS) {
    if (!spec.surfaces.includes('action')) continue
    raw[spec.name] = spec.multiple ? core.getMultilineInput(spec.name) : [core.getInput(spec.name)]
  }
  return raw
}

async function group<T>(name: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(name)
  try {
    return await work()
  } finally {
    core.endGroup()
  }
}

async function runMerge(config: ActionConfig): Promise<void> {
  const shards = await expandMergeInputs(config.mergeFrom, config.root)
  const manifest = await group('merge', () => mergeIndexes(shards, config.output))
  core.setOutput('index-path', config.output)
  core.setOutput('files-total', manifest.counts.files)
  core.setOutput('chunks', manifest.counts.chunks)
  await core.summary
    .addHeading('embed-index: merge')
    .addRaw(
      `Merged ${shards.length} shards: ${manifest.counts.files} files, ${manifest.counts.chunks} chunks.\n`
    )
    .write()
}

async function runIndexAction(config: ActionConfig): Promise<void> {
  const priorDir = join(process.env.RUNNER_TEMP || tmpdir(), 'embed-index', 'prior')
  const chunking = chunkingSettings(config.maxTokens)
  const indexKeys = indexCacheKeys(config.cacheKeyPrefix, {
    model: config.model,
    chunking,
    shard: config.shard ?? null,
    sha: process.env.GITHUB_SHA || 'local'
  })
  const modelKey = modelCacheKey(config.cacheKeyPrefix, config.model)
  const useCache = config.cache && isCacheAvailable()
  if (config.cache && !useCache) {
    log.warning(
      'the Actions cache service is not available to this step; indexing without the cache'
    )
  }
  const useModelCache = useCache && !config.model.path
  let modelHit = false
  let indexHit = false
  let indexExactHit = false
  await group('cache: restore', async () => {
    if (useModelCache) {
      modelHit = (await restoreDir([modelCacheDir(config.model)], modelKey, [], log)).hit
    }
    if (useCache && config.reindex === 'incremental') {
      await rm(priorDir, { recursive: true, force: true })
      const restored = await restoreDir([priorDir], indexKeys.key, indexKeys.restoreKeys, log)
      indexHit = restored.hit
      indexExactHit = restored.matchedKey === indexKeys.key
    }
  })
  core.setOutput('model-cache-hit', String(modelHit))
  core.setOutput('index-cache-hit', String(indexHit))

  const result = await group('index', () =>
    runIndex(
      { ...config, prior: indexHit ? priorDir : config.prior },
      { log, progressStream: process.stdout }
    )
  )
  const { stats } = result
  const statsPath = join(config.output, STATS_FILE)
  const outputs: Record<string, string | number> = {
    'index-path': config.output,
    'files-total': stats.files_total,
    'files-embedded': stats.files_embedded,
    'files-reused': stats.files_reused,
    'files-skipped': stats.files_skipped,
    chunks: stats.chunks_total,
    'files-per-second': stats.files_per_second,
    'chunks-per-second': stats.chunks_per_second,
    'tokens-per-second': stats.tokens_per_second,
    workers: stats.workers,
    'stats-path': statsPath
  }
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
  await core.summary.addRaw(renderSummary(stats, result.priorStats)).write()

  await group('cache: save', async () => {
    // A run that reused everything never downloaded the model: nothing to save then.
    if (useModelCache && !modelHit && existsSync(modelCacheDir(config.model))) {
      await saveDir([modelCacheDir(config.model)], modelKey, log)
    }
    // An exact hit is this commit's index already: the cache would refuse the same key.
    if (useCache && !indexExactHit) {
      await rm(priorDir, { recursive: true, force: true })
      await mkdir(priorDir, { recursive: true })
      await cp(config.output, priorDir, { recursive: true })
      await saveDir([priorDir], indexKeys.key, log)
    }
  })

  if (config.minFilesPerSecond !== undefined && stats.files_per_second < config.minFilesPerSecond) {
    core.setFailed(
      `files/sec ${stats.files_per_second} is below min-files-per-second ${config.minFilesPerSecond}`
    )
  }
}

async function run(): Promise<void> {
  try {
    const config = parseActionConfig(readInputs(), process.env.GITHUB_WORKSPACE || process.cwd())
    if (config.mode === 'merge') await runMerge(config)
    else await runIndexAction(config)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

await run()
// The cache client cannot be cancelled: a timed-out call would keep the process alive for
// minutes after the step is done, so end it explicitly, as actions/cache does.
process.exit()
