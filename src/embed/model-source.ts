import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import type { Dtype, ModelConfig, ModelIdentity } from '../core/index.js'
import { readJsonFile } from '../util/index.js'
import { downloadModelFiles, resolveCommit } from './hub.js'
import { modelDigest } from './model-digest.js'

/**
 * A model whose files are fixed: `commit` is the hub commit they come from, or null for a local
 * folder (model-path) or a hub that did not say; then `sha256` (./model-digest.ts) identifies
 * the files instead.
 */
export interface PinnedModel extends ModelConfig {
  commit: string | null
  /** Present exactly when commit is null. */
  sha256?: string
}

/** A model on local disk, ready to load: the folder has modelFiles(dtype). */
export interface ResolvedModel extends ModelIdentity {
  /** Absolute local folder. */
  dir: string
  /**
   * The folder the encoder loads from when its graph was rewritten (./fused-model.ts): config.json
   * and the rewritten weights file. Absent: `dir`.
   */
  encoderDir?: string
}

/**
 * The longest model id or revision taken: the hub's own limit is 96 characters per name; a
 * longer value is not a hub name, and would make a folder name past some file systems' limits.
 */
const MAX_NAME_LENGTH = 200

/**
 * A hub model id: `name` or `owner/name`, no `.`/`..` parts (it becomes a folder under cacheDir
 * and part of every download URL). The one rule for the --model flag and an index's model.id.
 */
export function isModelId(id: string): boolean {
  return (
    id.length <= MAX_NAME_LENGTH &&
    /^[\w.-]+(\/[\w.-]+)?$/.test(id) &&
    !id.split('/').some(part => /^\.+$/.test(part))
  )
}

/**
 * A branch, tag or commit name (it becomes part of a URL and a folder name). The one rule for the
 * --model-revision flag and an index's model.revision.
 */
export function isRevision(revision: string): boolean {
  return (
    revision.length <= MAX_NAME_LENGTH && /^[\w.\-/]+$/.test(revision) && !revision.includes('..')
  )
}

/** The ONNX file transformers.js loads for one dtype, relative to the model folder. */
export function weightsFile(dtype: Dtype): string {
  return dtype === 'q8' ? 'onnx/model_quantized.onnx' : 'onnx/model.onnx'
}

/** The files transformers.js loads for one dtype; the whole of a model folder as far as we care. */
export function modelFiles(dtype: Dtype): string[] {
  return ['config.json', 'tokenizer.json', 'tokenizer_config.json', weightsFile(dtype)]
}

/**
 * Where a hub model is kept under the cache dir: one folder per id and commit (or revision, when
 * not pinned), so the action can restore it before resolveModel and a restored folder needs no
 * download.
 */
export function modelCacheDir(model: PinnedModel): string {
  const at = model.commit ?? encodeURIComponent(model.revision)
  return path.resolve(model.cacheDir, ...model.id.split('/'), at)
}

/**
 * Fixes which files the model is: a hub revision at its commit; a local folder, or a revision the
 * hub does not pin, by the digest of its files (a hub model's are downloaded for that first).
 */
export async function pinModel(config: ModelConfig, log: Log): Promise<PinnedModel> {
  const commit = config.path === undefined ? await resolveCommit(config, log) : null
  if (commit !== null) return { ...config, commit }
  const dir = await ensureModelFiles({ ...config, commit }, log)
  return { ...config, commit, sha256: await modelDigest(dir, modelFiles(config.dtype)) }
}

/**
 * Makes the model available as a local folder: the configured model-path as it is (checked),
 * or the hub model at its commit downloaded once into the cache dir. Files already there are never
 * fetched again, so a second resolve makes no HTTP request.
 */
export async function resolveModel(
  model: PinnedModel,
  log?: Pick<Log, 'info'>
): Promise<ResolvedModel> {
  const dir = await ensureModelFiles(model, log)
  return {
    dir,
    id: model.id,
    revision: model.revision,
    commit: model.commit,
    ...(model.sha256 !== undefined ? { sha256: model.sha256 } : {}),
    dtype: model.dtype,
    dimension: (await readModelShape(dir)).dimension
  }
}

/** The model's folder with all its files: a local one checked, a hub one downloaded if need be. */
async function ensureModelFiles(model: PinnedModel, log?: Pick<Log, 'info'>): Promise<string> {
  const dir = model.path !== undefined ? path.resolve(model.path) : modelCacheDir(model)
  const missing = await missingFiles(dir, model.dtype)
  if (missing.length > 0 && model.path !== undefined) {
    throw new Error(
      `Model folder ${dir} lacks ${missing.join(', ')} (dtype ${model.dtype} needs ` +
        `${modelFiles(model.dtype).join(', ')})`
    )
  }
  if (missing.length > 0) await downloadModelFiles(model, model.commit, missing, dir, log)
  return dir
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

/** What embed-index needs from a model's config.json: its vector length and its window. */
interface ModelShape {
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
