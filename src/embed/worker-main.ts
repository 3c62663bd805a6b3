/**
 * The life of one embedding worker process, forked by ./worker-process.ts: it loads the model named in
 * its argument once, then embeds whatever batch the parent sends.
 */
import { errorMessage } from '../util/index.js'
import { loadEmbedder, type Embedder } from './embedder.js'
import type { FromWorker, ToWorker, WorkerInit } from './protocol.js'

function send(message: FromWorker): void {
  process.send?.(message)
}

export function serveAsWorker(): void {
  // Without its parent there is nobody to embed for: leave with the channel (also when the
  // parent is killed), so no worker outlives the run.
  process.on('disconnect', () => process.exit(0))

  const init = JSON.parse(process.argv[2] ?? '') as WorkerInit
  const embedder: Promise<Embedder> = loadEmbedder(init.model, init.threads)
  embedder.then(
    () => send({ type: 'ready' }),
    error => send({ type: 'load-failed', message: errorMessage(error) })
  )

  // Batches come only after 'ready'; the parent keeps a second one queued here. They run one
  // after another: two ONNX runs at once would oversubscribe the cores this worker was sized to.
  let queue = Promise.resolve()
  process.on('message', ({ batch, texts }: ToWorker) => {
    queue = queue.then(async () => {
      const started = performance.now()
      try {
        const vectors = await (await embedder).embedBatch(texts)
        send({ type: 'vectors', batch, vectors, busySeconds: (performance.now() - started) / 1000 })
      } catch (error) {
        send({ type: 'batch-failed', batch, message: errorMessage(error) })
      }
    })
  })
}
