import { errorMessage } from '../util/index.js'
import { VectorAssembly } from './assembly.js'
import { planBatches, type EmbedItem, type PlannedBatch } from './batch-plan.js'
import { loadEmbedder, type Embedder } from './embedder.js'
import type { ResolvedModel } from './model-source.js'

/** What the stats need from an in-process run: its model load time and when embedding began. */
interface InProcessRun {
  loadSeconds: number
  embedStartedAt: number
}

/**
 * Embeds the given batches in this process, one after another, with the same thread setting
 * the workers use so the vectors are the same bits. Rows are credited to worker 0.
 */
export async function embedInProcess(
  batches: readonly number[],
  plan: readonly PlannedBatch[],
  items: readonly EmbedItem[],
  model: ResolvedModel,
  threads: number,
  assembly: VectorAssembly
): Promise<InProcessRun> {
  const loadStarted = performance.now()
  const embedder = await loadEmbedder(model, threads)
  const embedStartedAt = performance.now()
  try {
    await embedBatches(embedder, batches, plan, items, assembly)
  } finally {
    await embedder.dispose()
  }
  return { loadSeconds: (embedStartedAt - loadStarted) / 1000, embedStartedAt }
}

/**
 * Embeds the items with an embedder already loaded (a server's, kept between calls), batched as
 * embedAll batches them, so the vectors are the bits an indexing run gives the same texts.
 */
export async function embedItems(
  embedder: Embedder,
  items: readonly EmbedItem[],
  batchSize: number
): Promise<Float32Array> {
  const plan = planBatches(items, batchSize)
  const assembly = new VectorAssembly(items, plan, embedder.dimension)
  await embedBatches(
    embedder,
    plan.map((_, batch) => batch),
    plan,
    items,
    assembly
  )
  assembly.verifyComplete()
  return assembly.vectors
}

/** The batches one after another, each batch's vectors into the assembly as worker 0's. */
async function embedBatches(
  embedder: Embedder,
  batches: readonly number[],
  plan: readonly PlannedBatch[],
  items: readonly EmbedItem[],
  assembly: VectorAssembly
): Promise<void> {
  assembly.statsOf(0)
  for (const batch of batches) {
    const started = performance.now()
    const texts = plan[batch].items.map(item => items[item].text)
    const vectors = await embedder.embedBatch(texts).catch((error: unknown) => {
      const labels = [...new Set(plan[batch].items.map(item => items[item].label))]
      throw new Error(`Embedding chunks of ${labels.join(', ')} failed: ${errorMessage(error)}`, {
        cause: error
      })
    })
    assembly.fill(batch, vectors, 0, (performance.now() - started) / 1000)
  }
}
