import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../report/log.js'
import { readJsonFile } from '../util/json.js'
import { downloadFile, HttpStatusError } from './download.js'

export type Dtype = 'fp32' | 'q8'

/** Where the model comes from: a local folder, or the hub (downloaded once into cacheDir). */
export interface ModelConfig {
  id: string
  revision: string
  /** A local model folder; when set nothing is downloaded. */
  path?: string
  dtype: Dtype
  /** Without a trailing slash. */
  hubUrl: string
  cacheDir: string
}

/** A model on local disk, ready to load: the folder has modelFiles(dtype). */
export interface ResolvedModel {
  /** Absolute local folder. */
  dir: string
  id: string
  revision: string
  dtype: Dtype
  /** Vector length: hidden_size from config.json. */
  dimension: number
}

/** A hub model id: `name` or `owner/name`, no `.`/`..` parts (it becomes a folder under cacheDir). */
export function isModelId(id: string): boolean {
  return /^[\w.-]+(\/[\w.-]+)?$/.test(id) && !id.split('/').some(part => /^\.+$/.test(part))
}

/** A branch, tag or commit name (it becomes part of a URL and a folder name). */
export function isRevision(revision: string): boolean {
  return /^[\w.\-/]+$/.test(revision) && !revision.includes('..')
}

/** The files transformers.js loads for one dtype; the whole of a model folder as far as we care. */
export function modelFiles(dtype: Dtype): string[] {
  const weights = dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx'
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', weights]
}

/**
 * Where a hub model is kept under the cache dir: one folder per id and revision, so the cache
 * engineer can restore it before resolveModel and a restored folder needs no download.
 */
export function modelCacheDir(config: ModelConfig): string {
  return path.resolve(config.cacheDir, ...config.id.split('/'), encodeURIComponent(config.revision))
}

/**
 * Makes the model available as a local folder: the configured model-path as it is (checked),
 * or the hub model downloaded once into the cache dir. Files already there are never fetched
 * again, so a second resolve makes no HTTP request.
 */
export async function resolveModel(
  config: ModelConfig,
  log?: Pick<Log, 'info'>
): Promise<ResolvedModel> {
  let dir: string
  if (config.path !== undefined) {
    dir = path.resolve(config.path)
    const missing = await missingFiles(dir, config.dtype)
    if (missing.length > 0) {
      throw new Error(
        `Model folder ${dir} lacks ${missing.join(', ')} (dtype ${config.dtype} needs ` +
          `${modelFiles(config.dtype).join(', ')})`
      )
    }
  } else {
    dir = modelCacheDir(config)
    await download(config, dir, log)
  }
  return {
    dir,
    id: config.id,
    revision: config.revision,
    dtype: config.dtype,
    dimension: (await readModelShape(dir)).dimension
  }
}

async function missingFiles(dir: string, dtype: Dtype): Promise<string[]> {
  const present = await Promise.all(
    modelFiles(dtype).map(file =>
      access(path.join(dir, file)).then(
        () => true,
        () => false
      )
    )
  )
  return modelFiles(dtype).filter((_, i) => !present[i])
}

async function download(config: ModelConfig, dir: string, log?: Pick<Log, 'info'>): Promise<void> {
  const missing = await missingFiles(dir, config.dtype)
  if (missing.length === 0) return
  const base = `${config.hubUrl}/${config.id}/resolve/${encodeURIComponent(config.revision)}`
  log?.info(`Downloading ${config.id}@${config.revision} from ${config.hubUrl} into ${dir}`)
  for (const file of missing) {
    try {
      await downloadFile(`${base}/${file}`, path.join(dir, file))
    } catch (error) {
      throw new Error(downloadAdvice(config, file, error), { cause: error })
    }
  }
}

function downloadAdvice(config: ModelConfig, file: string, error: unknown): string {
  const what = `Could not download ${file} of model ${config.id}@${config.revision} from ${config.hubUrl}`
  if (error instanceof HttpStatusError && error.status === 404) {
    return `${what}: not found (HTTP 404). Check the model id, the revision and that the model has ONNX weights (${modelFiles(config.dtype).join(', ')}).`
  }
  const reason = error instanceof Error ? describeFetchError(error) : String(error)
  return (
    `${what}: ${reason}. Without access to the hub, set model-path (--model-path) to a local ` +
    `model folder, or hub-url (--hub-url) to a mirror laid out like the hub.`
  )
}

/** fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND, ...) is its cause. */
function describeFetchError(error: Error): string {
  const cause = error.cause
  if (cause instanceof Error) return `${error.message} (${cause.message})`
  return error.message
}

/** What embed-index needs from a model's config.json: its vector length and its window. */
export interface ModelShape {
  /** hidden_size: the length of each vector. */
  dimension: number
  /** max_position_embeddings: the most tokens one text may have. */
  maxPositions: number
}

export async function readModelShape(dir: string): Promise<ModelShape> {
  const file = path.join(dir, 'config.json')
  const config = Object(await readJsonFile(file)) as {
    hidden_size?: unknown
    max_position_embeddings?: unknown
  }
  const whole = (value: unknown, min: number): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min
  if (!whole(config.hidden_size, 1)) {
    throw new Error(`${file} has no integer hidden_size; is this a BERT-style model?`)
  }
  if (!whole(config.max_position_embeddings, 2)) {
    throw new Error(`${file} has no usable max_position_embeddings`)
  }
  return { dimension: config.hidden_size, maxPositions: config.max_position_embeddings }
}
