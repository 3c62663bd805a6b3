import type { ChunkRow, LoadedIndex } from '../artifact/format.js'
import type { QueryConfig } from '../config/parse.js'
import { embedAll } from '../embed/cluster.js'
import { resolveModel } from '../embed/model-source.js'
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
  const name = (m: { id: string; revision: string; dtype: string }): string =>
    `${m.id}@${m.revision} (${m.dtype})`
  if (name(config.model) !== name(indexModel)) {
    log.warning(
      `querying an index built with ${name(indexModel)} using ${name(config.model)}: scores will be meaningless`
    )
  }
  const model = await resolveModel(config.model, log)
  if (model.dimension !== indexModel.dimension) {
    throw new Error(
      `model ${model.id} gives ${model.dimension}-d vectors but the index holds ${indexModel.dimension}-d vectors`
    )
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
