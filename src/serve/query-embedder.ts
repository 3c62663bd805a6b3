/**
 * The model that embeds queries against one index, loaded in the background: keyword search
 * needs no model, so a server answers it at once, and goes on answering it when the model cannot
 * be loaded at all (a missing folder, no hub). Semantic search waits for the load and, when it
 * failed, is refused with what went wrong and how to fix it.
 */
import type { LoadedIndex, Manifest } from '../artifact/index.js'
import { resolveModel, type Embedder, type ResolvedModel } from '../embed/index.js'
import type { Log, ModelConfig } from '../core/index.js'
import { errorMessage } from '../util/index.js'
import { EmbedderThread } from './embedder-thread.js'
import { queryModel } from './query-model.js'
import type { VectorScorer } from './vector-search.js'

export type ModelState =
  { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string }

const FIX =
  'pass --model-path with the model folder the index was made with, or --hub-url with a hub that has it, or fetch the index and its model with `embed-index pull`'

/** Embedders by model files: indexes made with the same model share one. */
export class EmbedderPool {
  private readonly models = new Map<string, Promise<ResolvedModel>>()
  private readonly loads = new Map<string, Promise<Embedder>>()

  /**
   * The model that embeds queries against the index `manifest` describes (./query-model.ts),
   * found once per manifest's model and configuration: its files are digested only once.
   */
  model(manifest: Manifest, config: ModelConfig, log: Log): Promise<ResolvedModel> {
    const { model, recipe, chunking } = manifest
    const key = JSON.stringify([model, recipe, chunking, config])
    let found = this.models.get(key)
    if (found === undefined) {
      found = queryModel(manifest, config, log)
      this.models.set(key, found)
    }
    return found
  }

  /**
   * Starts finding and loading the model of the index `manifest` describes while the rest of the
   * index is read: its load is most of a one-shot query's time. Failures are left for the search
   * that needs the model (the same found model, memoised, fails it again with the reason).
   */
  prepare(manifest: Manifest, config: ModelConfig, log: Log): void {
    // A local folder's files are digested to be checked against the index, which takes as long as
    // the load's start: the folder loads meanwhile, and is used only once the check has passed.
    const loadQuietly = (found: Promise<ResolvedModel>) =>
      void found.then(model => this.load(model)).catch(() => {})
    if (config.path !== undefined) loadQuietly(resolveModel({ ...config, commit: null }))
    loadQuietly(this.model(manifest, config, log))
  }

  load(model: ResolvedModel): Promise<Embedder> {
    const key = JSON.stringify([model.encoderDir ?? model.dir, model.dtype])
    let load = this.loads.get(key)
    if (load === undefined) {
      // One intra-op thread: a query is a few tokens, and the machine may be busy with other work.
      load = new EmbedderThread().load(model, 1)
      this.loads.set(key, load)
    }
    return load
  }

  async dispose(): Promise<void> {
    const loaded = await Promise.allSettled(this.loads.values())
    for (const load of loaded) if (load.status === 'fulfilled') await load.value.dispose()
  }
}

/** The model files and the embedder loaded from them. */
export interface LoadedModel {
  model: ResolvedModel
  embedder: Embedder
}

export class QueryEmbedder {
  private current: ModelState = { state: 'loading' }
  private readonly loaded: Promise<LoadedModel>

  /**
   * Starts loading the model the index was built with (./query-model.ts) and warming it and the
   * scorer up: the first embedding and the first matrix product set up their ONNX Runtime
   * sessions, and the first query should cost what every other does. No `config`: no search will
   * need the model (a keyword query), which then is not loaded at all.
   */
  constructor(
    index: LoadedIndex,
    config: ModelConfig | undefined,
    scorer: VectorScorer,
    embedders: EmbedderPool,
    log: Log
  ) {
    this.loaded = (async () => {
      if (config === undefined) throw new Error('no search that needs it was asked for')
      const model = await embedders.model(index.manifest, config, log)
      const embedder = await embedders.load(model)
      await scorer.scores(await embedder.embedBatch(['warm up']))
      return { model, embedder }
    })()
    this.loaded.then(
      () => (this.current = { state: 'ready' }),
      error => (this.current = { state: 'failed', reason: errorMessage(error) })
    )
  }

  get state(): ModelState {
    return this.current
  }

  /** Settles when the load has: ready or failed. */
  async settled(): Promise<ModelState> {
    await this.loaded.catch(() => {})
    return this.current
  }

  /** The query's vector; once the load has failed, an error that says why and what to do. */
  async embed(text: string): Promise<Float32Array> {
    const state = await this.settled()
    if (state.state === 'failed') {
      throw new Error(
        `semantic search needs the index's model, which could not be loaded: ${state.reason}; ${FIX}`
      )
    }
    return (await this.loaded).embedder.embedBatch([text])
  }

  /** The model and its embedder once loaded (the working tree's chunks are embedded with it). */
  load(): Promise<LoadedModel> {
    return this.loaded
  }
}
