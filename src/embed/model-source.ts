import { access } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import type { Dtype, ModelConfig } from '../core/index.js'
import { readJsonFile } from '../util/index.js'
import { downloadModelFiles, resolveCommit } from './hub.js'

/**
 * A model whose files are fixed: `commit` is the hub commit they come from, or null for a local
 * folder (model-path) or a hub that did not say (then the revision name is all there is).
 */
export interface PinnedModel extends ModelConfig {
  commit: string | null
}

/** A model on local disk, ready to load: the folder has modelFiles(dtype). */
export interface ResolvedModel {
  /** Absolute local folder. */
  dir: string
  id: string
  revision: string
  commit: string | null
  dtype: Dtype
  /** Vector length: hidden_size from config.json. */
  dimension: number
  /**
   * The folder the encoder loads from when its graph was rewritten (./fused-model.ts): config.json
   * and the rewritten weights file. Absent: `dir`.
   */
  encoderDir?: string
}

/** A hub model id: `name` or `owner/name`, no `.`/`..` parts (it becomes a folder under cacheDir). */
export function isModelId(id: string): boolean {
  return /^[\w.-]+(\/[\w.-]+)?$/.test(id) && !id.split('/').some(part => /^\.+$/.test(part))
}

/** A branch, tag or commit name (it becomes part of a URL and a folder name). */
export function isRevision(revision: string): boolean {
  return /^[\w.\-/]+$/.test(revision) && !revision.includes('..')
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

/** Fixes which files the model is: a local folder as it is, a hub revision at its commit. */
export async function pinModel(config: ModelConfig, log: Log): Promise<PinnedModel> {
  return { ...config, commit: config.path === undefined ? await resolveCommit(config, log) : null }
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
  const dir = model.path !== undefined ? path.resolve(model.path) : modelCacheDir(model)
  const missing = await missingFiles(dir, model.dtype)
  if (missing.length > 0 && model.path !== undefined) {
    throw new Error(
      `Model folder ${dir} lacks ${missing.join(', ')} (dtype ${model.dtype} needs ` +
        `${modelFiles(model.dtype).join(', ')})`
    )
  }
  if (missing.length > 0) await downloadModelFiles(model, model.commit, missing, dir, log)
  return {
    dir,
    id: model.id,
    revision: model.revision,
    commit: model.commit,
    dtype: model.dtype,
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
