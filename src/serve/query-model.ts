import { runSettings, vectorsDiffer, type Manifest } from '../artifact/index.js'
import type { Log, ModelConfig } from '../core/index.js'
import {
  modelFiles,
  pinModel,
  recallLocalModel,
  resolveModel,
  type PinnedModel,
  type ResolvedModel
} from '../embed/index.js'

/**
 * The model that embeds queries against an index: the one configured, at the commit the index
 * records when it names the index's model; refused, naming both, when its files are not the ones
 * that made the index's vectors (../artifact/compat.ts), since its scores would mean nothing.
 * Checked before a hub model is downloaded. An index made from a local folder names no commit:
 * without --model-path, the folder this machine remembers for the index's digest is used.
 */
export async function queryModel(
  manifest: Manifest,
  configured: ModelConfig,
  log: Log
): Promise<ResolvedModel> {
  const indexModel = manifest.model
  const sameNames = configured.id === indexModel.id && configured.revision === indexModel.revision
  const pinned: PinnedModel =
    (sameNames ? await rememberedModel(configured, indexModel, log) : undefined) ??
    (sameNames && configured.path === undefined && indexModel.commit !== null
      ? { ...configured, commit: indexModel.commit }
      : await pinModel(configured, log))
  const difference = vectorsDiffer(runSettings(manifest.chunking, pinned), manifest)
  if (difference !== null) {
    const advice =
      indexModel.commit === null
        ? 'pass --model-path with the model folder the index was made with'
        : 'leave out --model, --model-revision and --model-path to use the model the index names'
    throw new Error(
      `the index's vectors were made with ${difference} as this query's model: ${advice}, or rebuild the index`
    )
  }
  const model = await resolveModel(pinned, log)
  if (model.dimension !== indexModel.dimension) {
    throw new Error(
      `model ${model.id} gives ${model.dimension}-d vectors but the index holds ${indexModel.dimension}-d vectors`
    )
  }
  return model
}

/**
 * The model in the folder remembered for the index's model files, when none is configured: pinned
 * to the digest its files were just checked to have.
 */
async function rememberedModel(
  config: ModelConfig,
  indexModel: Manifest['model'],
  log: Log
): Promise<PinnedModel | undefined> {
  const { commit, sha256 } = indexModel
  if (config.path !== undefined || commit !== null || !sha256) return undefined
  const path = await recallLocalModel(config.cacheDir, sha256, modelFiles(config.dtype))
  if (path === undefined) return undefined
  log.info(`model: ${path}, the folder the index was made with (its files' digest matches)`)
  return { ...config, path, commit, sha256 }
}
