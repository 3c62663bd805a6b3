/** The model: found, pinned, loaded, and run over chunks in a pool of worker processes. */
export type { EmbedItem } from './batch-plan.js'
export { embedAll } from './cluster.js'
export type { EmbedStats } from './cluster.js'
export { EMBEDDING_RECIPE, loadEmbedder } from './embedder.js'
export type { Embedder } from './embedder.js'
export { embedItems } from './in-process.js'
export { fuseModel } from './fused-model.js'
export { recallLocalModel, rememberLocalModel } from './local-models.js'
export {
  isModelId,
  isRevision,
  modelCacheDir,
  modelFiles,
  pinModel,
  readModelShape,
  resolveModel,
  weightsFile
} from './model-source.js'
export type { PinnedModel, ResolvedModel } from './model-source.js'
export { loadTokenCounter } from './tokenizer.js'
export type { WorkerEntry } from './worker-process.js'
