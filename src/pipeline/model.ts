import { ConfigError, type IndexConfig } from '../config/index.js'
import type { PriorIndex } from '../artifact/index.js'
import {
  modelCacheDir,
  readModelShape,
  resolveModel,
  type PinnedModel,
  type ResolvedModel
} from '../embed/index.js'
import { fuseModel } from '../embed/index.js'
import { loadTokenCounter } from '../embed/index.js'
import type { CountTokens } from '../chunk/index.js'
import type { Log } from '../core/index.js'

interface LoadedModel {
  model: ResolvedModel
  countTokens: CountTokens
}

/**
 * The run's model, resolved (downloaded if need be) on first use only, so that a run where nothing
 * changed loads no model and starts no worker; checked once against the settings and the prior.
 */
export class ModelLoader {
  private loading?: Promise<LoadedModel>

  constructor(
    private readonly config: IndexConfig,
    private readonly pinned: PinnedModel,
    private readonly prior: PriorIndex | undefined,
    private readonly log: Log
  ) {}

  load(): Promise<LoadedModel> {
    this.loading ??= this.resolve()
    return this.loading
  }

  private async resolve(): Promise<LoadedModel> {
    const { config, prior } = this
    const resolved = await resolveModel(this.pinned, this.log)
    // Rewritten once here, so every worker loads the same file; kept in the model's cache folder,
    // which the action's cache saves with the model.
    const model = config.fuse
      ? await fuseModel(resolved, modelCacheDir(this.pinned), this.log)
      : resolved
    // Chunks must fit the model's window, or the encoder would have to cut them.
    const { maxPositions: window } = await readModelShape(model.dir)
    if (config.maxTokens > window) {
      throw new ConfigError(
        `max-tokens ${config.maxTokens} is more than the ${window} tokens model ${model.id} ` +
          `takes (max_position_embeddings); set max-tokens (--max-tokens) to at most ${window}`
      )
    }
    // Reused vectors must have this model's length: a prior whose dimension could not be checked
    // up front (a hub model not downloaded yet) and differs is an error, never a silently padded
    // or overlapping row.
    if (prior && prior.manifest.model.dimension !== model.dimension) {
      throw new Error(
        `prior index ${config.prior} holds ${prior.manifest.model.dimension}-d vectors but model ` +
          `${model.id}@${model.revision} gives ${model.dimension}-d ones; run with ` +
          `reindex full (--reindex full) or name a new model-revision`
      )
    }
    return { model, countTokens: await loadTokenCounter(model) }
  }
}
