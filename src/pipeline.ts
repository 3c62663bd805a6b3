/**
 * One indexing run, whichever door it came through (action or CLI):
 * scan → reuse what the prior index already has → chunk → embed → write the index → stats.
 */
import fg from 'fast-glob'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join, relative, sep } from 'node:path'
import { chunkingSettings, chunkText } from './chunk/chunker.js'
import type { IndexConfig } from './config/types.js'
import { embedAll } from './embed/cluster.js'
import { readModelShape, resolveModel } from './embed/model-source.js'
import { loadTokenCounter } from './embed/tokenizer.js'
import type { EmbedItem, Log, ResolvedModel, WorkerEntry } from './embed/types.js'
import { FORMAT_VERSION, TOOL_NAME, type ChunkRow, type Manifest } from './index/format.js'
import { loadPriorIndex, type PriorIndex } from './index/prior.js'
import { writeIndex } from './index/write.js'
import { writeStats } from './index/stats-file.js'
import { createProgress } from './report/progress.js'
import { computeStats, parseRunStats, type RunStats } from './report/stats.js'
import { scanRepository } from './scan/scan.js'
import type { ScannedFile } from './scan/types.js'
import { TOOL_VERSION } from './version.js'

export interface RunOptions {
  log: Log
  /** How to fork embedding workers; the default is dist/worker.js beside the bundle. */
  workerEntry?: WorkerEntry
  progressStream?: NodeJS.WritableStream
}

export interface IndexRunResult {
  manifest: Omit<Manifest, 'checksums' | 'counts'>
  stats: RunStats
  /** Throughput recorded by the prior index, for comparison in the job summary. */
  priorStats?: RunStats
  priorUsed: boolean
}

/** A file's rows before assembly: where each row's vector comes from. */
interface FilePlan {
  file: ScannedFile
  rows: ChunkRow[]
  /** Per row: a reused vector, or the index of the item to embed. */
  sources: (Float32Array | number)[]
  embedded: boolean
}

/**
 * Exclude globs for what embed-index itself writes or reads under root (the index, the prior,
 * the models, the stats file), which must never be indexed. Names are escaped: a folder called
 * `out[1]` is a literal name, not a glob.
 */
function ownPaths(config: IndexConfig): string[] {
  const inside: string[] = []
  const folders = [config.output, config.prior, config.model.cacheDir, config.model.path]
  for (const [path, isFolder] of [
    ...folders.map(folder => [folder, true] as const),
    [config.statsJson, false] as const
  ]) {
    if (!path) continue
    const rel = relative(config.root, path)
    if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep)) {
      const glob = fg.escapePath(rel.split(sep).join('/'))
      inside.push(isFolder ? `${glob}/**` : glob)
    }
  }
  return inside
}

/**
 * Fails early, naming the folder, when the index could not be written there. Folders made for the
 * probe are removed again (writeIndex makes them), so a run that fails later leaves nothing behind.
 */
async function assertWritable(dir: string): Promise<void> {
  const probe = join(dir, `.embed-index-write-test-${process.pid}`)
  let created: string | undefined
  try {
    created = await mkdir(dir, { recursive: true })
    await writeFile(probe, '')
    await rm(probe)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new Error(
      `output folder ${dir} is not writable (${code}); choose another with output / --out`,
      { cause: error }
    )
  } finally {
    if (created !== undefined) await rm(created, { recursive: true, force: true })
  }
}

export function resolveWorkers(workers: number | 'auto', log: Log): number {
  const cores = availableParallelism()
  if (workers === 'auto') return cores
  if (workers > cores) {
    log.warning(`workers ${workers} is more than the ${cores} usable cores; using ${cores}`)
    return cores
  }
  return workers
}

export async function runIndex(config: IndexConfig, options: RunOptions): Promise<IndexRunResult> {
  const { log } = options
  const started = performance.now()
  await assertWritable(config.output)
  const workers = resolveWorkers(config.workers, log)

  const scan = await scanRepository({
    root: config.root,
    include: config.include,
    exclude: [...config.exclude, ...ownPaths(config)],
    gitignore: config.gitignore,
    maxFileBytes: config.maxFileBytes,
    excludeSecrets: config.excludeSecrets,
    shard: config.shard
  })
  log.info(`scan: ${scan.files.length} files to index, ${scan.skipped.length} skipped`)
  if (scan.files.length === 0) {
    log.warning(
      `no files to index under ${config.root}: check include / exclude (the index will be empty)`
    )
  }

  const chunking = chunkingSettings(config.maxTokens)
  let prior: PriorIndex | undefined
  if (config.reindex === 'incremental' && config.prior) {
    const loaded = await loadPriorIndex(config.prior, {
      model: {
        id: config.model.id,
        revision: config.model.revision,
        dtype: config.model.dtype,
        // A local model's dimension is known without loading it: a prior of another is ignored.
        dimension: config.model.path
          ? await readModelShape(config.model.path).then(
              shape => shape.dimension,
              // An unreadable model folder is reported, naming its missing files, when resolved.
              () => undefined
            )
          : undefined
      },
      chunking,
      storeText: config.storeText
    })
    if (loaded.prior) {
      prior = loaded.prior
      log.info(`prior index: ${config.prior}`)
    } else {
      log.warning(`prior index ${config.prior} not used: ${loaded.reason}; embedding everything`)
    }
  }

  // The model is resolved only when something needs tokenising or embedding, so a run where
  // nothing changed loads no model and starts no worker.
  let model: ResolvedModel | undefined
  let countTokens: ((text: string) => number) | undefined
  const needModel = async (): Promise<ResolvedModel> => {
    if (model) return model
    const resolved = await resolveModel(config.model, log)
    // Chunks must fit the model's window, or the encoder would have to cut them.
    const { maxPositions: window } = await readModelShape(resolved.dir)
    if (config.maxTokens > window) {
      throw new Error(
        `max-tokens ${config.maxTokens} is more than the ${window} tokens model ${resolved.id} ` +
          `takes (max_position_embeddings); set max-tokens (--max-tokens) to at most ${window}`
      )
    }
    // Reused vectors must have this model's length: a prior whose dimension could not be
    // checked up front (a hub model not downloaded yet) and differs is an error, never a
    // silently padded or overlapping row.
    if (prior && prior.manifest.model.dimension !== resolved.dimension) {
      throw new Error(
        `prior index ${config.prior} holds ${prior.manifest.model.dimension}-d vectors but model ` +
          `${resolved.id}@${resolved.revision} gives ${resolved.dimension}-d ones; run with ` +
          `reindex full (--reindex full) or name a new model-revision`
      )
    }
    model = resolved
    return model
  }

  const items: EmbedItem[] = []
  const plans: FilePlan[] = []
  const chunkProgress = createProgress({
    label: 'chunk',
    unit: 'files',
    total: scan.files.length,
    stream: options.progressStream
  })
  for (const [n, file] of scan.files.entries()) {
    const reused = prior?.fileBySha(file.path, file.sha256)
    if (reused) {
      plans.push({ file, rows: reused.rows, sources: reused.vectors, embedded: false })
    } else {
      countTokens ??= await loadTokenCounter(await needModel())
      const plan: FilePlan = { file, rows: [], sources: [], embedded: false }
      for (const chunk of chunkText(file.content, { maxTokens: config.maxTokens, countTokens })) {
        plan.rows.push({
          path: file.path,
          start_line: chunk.startLine,
          end_line: chunk.endLine,
          tokens: chunk.tokens,
          sha256: chunk.sha256,
          ...(config.storeText ? { text: chunk.text } : {})
        })
        const vector = prior?.vectorByChunkSha(chunk.sha256)
        if (vector) {
          plan.sources.push(vector)
        } else {
          plan.sources.push(items.length)
          plan.embedded = true
          items.push({
            text: chunk.text,
            tokens: chunk.tokens,
            label: `${file.path}:${chunk.startLine}-${chunk.endLine}`
          })
        }
      }
      plans.push(plan)
    }
    chunkProgress.update(n + 1)
  }
  if (scan.files.length > 0) chunkProgress.finish()
  const totalRows = plans.reduce((n, p) => n + p.rows.length, 0)
  log.info(`chunks: ${totalRows} total, ${items.length} to embed`)

  let dimension = prior?.manifest.model.dimension
  let embedded: Awaited<ReturnType<typeof embedAll>> | undefined
  if (items.length > 0 || dimension === undefined) {
    const resolved = await needModel()
    dimension = resolved.dimension
    if (items.length > 0) {
      const progress = createProgress({
        label: 'embed',
        unit: 'chunks',
        total: items.length,
        stream: options.progressStream
      })
      embedded = await embedAll(items, {
        model: resolved,
        workers,
        batchSize: config.batchSize,
        workerEntry: options.workerEntry,
        onProgress: done => progress.update(done),
        log
      })
      progress.finish()
    }
  }

  const vectors = new Float32Array(totalRows * dimension)
  const rows: ChunkRow[] = []
  const files: Manifest['files'] = []
  for (const plan of plans) {
    files.push({
      path: plan.file.path,
      sha256: plan.file.sha256,
      bytes: plan.file.bytes,
      first_row: rows.length,
      rows: plan.rows.length
    })
    for (const [i, row] of plan.rows.entries()) {
      const source = plan.sources[i]
      const vector =
        typeof source === 'number'
          ? embedded!.vectors.subarray(source * dimension, (source + 1) * dimension)
          : source
      vectors.set(vector, rows.length * dimension)
      rows.push(row)
    }
  }

  const manifest: Omit<Manifest, 'checksums' | 'counts'> = {
    format: FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    model: {
      id: (model ?? prior!.manifest.model).id,
      revision: (model ?? prior!.manifest.model).revision,
      dtype: config.model.dtype,
      dimension
    },
    chunking,
    store_text: config.storeText,
    shard: config.shard ?? null,
    files,
    skipped: scan.skipped.map(s => ({ path: s.path, reason: s.reason }))
  }
  await writeIndex(config.output, { manifest, rows, vectors })

  const skippedByReason: Record<string, number> = {}
  for (const s of scan.skipped) skippedByReason[s.reason] = (skippedByReason[s.reason] ?? 0) + 1
  const stats = computeStats({
    filesTotal: plans.length,
    filesEmbedded: plans.filter(p => p.embedded).length,
    filesSkipped: scan.skipped.length,
    chunksTotal: rows.length,
    chunksEmbedded: items.length,
    tokensEmbedded: items.reduce((n, item) => n + item.tokens, 0),
    workers: embedded?.stats.workers ?? 0,
    threadsPerWorker: embedded?.stats.threadsPerWorker ?? 0,
    wallSeconds: (performance.now() - started) / 1000,
    modelLoadSeconds: embedded?.stats.modelLoadSeconds ?? 0,
    embedSeconds: embedded?.stats.embedSeconds ?? 0,
    perWorker: embedded?.stats.perWorker ?? [],
    skippedByReason
  })
  await writeStats(config.output, stats)
  if (config.statsJson) await writeFile(config.statsJson, JSON.stringify(stats, null, 2) + '\n')
  return {
    manifest,
    stats,
    priorStats: parseRunStats(prior?.stats),
    priorUsed: prior !== undefined
  }
}
