import { errorMessage } from '../util/index.js'
import type { VectorAssembly } from './assembly.js'
import type { EmbedItem, PlannedBatch } from './batch-plan.js'
import { loadEmbedder } from './embedder.js'
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
  assembly.statsOf(0)
  try {
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
  } finally {
    await embedder.dispose()
  }
  return { loadSeconds: (embedStartedAt - loadStarted) / 1000, embedStartedAt }
}
