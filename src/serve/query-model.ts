import { runSettings, vectorsDiffer, type Manifest } from '../artifact/index.js'
import type { Log, ModelConfig } from '../core/index.js'
import { pinModel, resolveModel, type PinnedModel, type ResolvedModel } from '../embed/index.js'

/**
 * The model that embeds queries against an index: the one configured, at the commit the index
 * records when it names the index's model; refused, naming both, when its files are not the ones
 * that made the index's vectors (../artifact/compat.ts), since its scores would mean nothing.
 * Checked before a hub model is downloaded.
 */
export async function queryModel(
  manifest: Manifest,
  config: ModelConfig,
  log: Log
): Promise<ResolvedModel> {
  const indexModel = manifest.model
  const sameNames = config.id === indexModel.id && config.revision === indexModel.revision
  const pinned: PinnedModel =
    sameNames && config.path === undefined && indexModel.commit !== null
      ? { ...config, commit: indexModel.commit }
      : await pinModel(config, log)
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
