import type { ChunkRow, LoadedIndex } from '../artifact/format.js'
import type { QueryConfig } from '../config/parse.js'
import { embedAll } from '../embed/cluster.js'
import { pinModel, resolveModel, type PinnedModel } from '../embed/model-source.js'
import { vectorsDiffer } from '../artifact/compat.js'
import { runSettings } from '../pipeline/settings.js'
import { loadTokenCounter } from '../embed/tokenizer.js'
import type { Log } from '../report/log.js'
import { searchVectors } from './vector-search.js'

export type QueryHit = ChunkRow & { score: number }

/** Embeds the query in-process with the index's model and returns the closest chunks. */
export async function queryIndex(
  index: LoadedIndex,
  config: QueryConfig,
  log: Log
): Promise<QueryHit[]> {
  const { model: indexModel } = index.manifest
  // The index's own model files, unless the user named another model or revision.
  const sameModel =
    config.model.id === indexModel.id && config.model.revision === indexModel.revision
  const pinned: PinnedModel =
    sameModel && config.model.path === undefined && indexModel.commit !== null
      ? { ...config.model, commit: indexModel.commit }
      : await pinModel(config.model, log)
  const model = await resolveModel(pinned, log)
  if (model.dimension !== indexModel.dimension) {
    throw new Error(
      `model ${model.id} gives ${model.dimension}-d vectors but the index holds ${indexModel.dimension}-d vectors`
    )
  }
  const difference = vectorsDiffer(
    runSettings(index.manifest.chunking.max_tokens, model, model.dimension),
    index.manifest
  )
  if (difference !== null) {
    log.warning(`the index was made with ${difference} as this query: scores will be meaningless`)
  }
  const countTokens = await loadTokenCounter(model)
  const { vectors } = await embedAll(
    [{ text: config.text, tokens: countTokens(config.text), label: 'query' }],
    { model, workers: 1, batchSize: 1, log }
  )
  return searchVectors(index, vectors, config.top).map(({ row, score }) => ({
    ...index.rows[row],
    score
  }))
}
