// Entry of one embedding worker process, forked by src/embed/cluster.ts (bundled to
// dist/worker.js). It loads the model once, then embeds whatever batch the parent sends.
import { loadEmbedder, type Embedder } from './embed/embedder.js'
import { errorMessage } from './embed/error-message.js'
import type { FromWorker, ToWorker } from './embed/protocol.js'

function send(message: FromWorker): void {
  process.send?.(message)
}

// Without its parent there is nobody to embed for: leave with the channel (also when the
// parent is killed), so no worker outlives the run.
process.on('disconnect', () => process.exit(0))

let embedder: Promise<Embedder> | undefined

process.on('message', (message: ToWorker) => {
  if (message.type === 'load') {
    embedder = loadEmbedder(message.model, message.threads)
    embedder.then(
      () => send({ type: 'ready' }),
      error => send({ type: 'load-failed', message: errorMessage(error) })
    )
  } else {
    const { batch, texts } = message
    const started = performance.now()
    ;(embedder ?? Promise.reject(new Error('batch sent before the model was loaded')))
      .then(loaded => loaded.embedBatch(texts))
      .then(
        vectors =>
          send({
            type: 'vectors',
            batch,
            vectors,
            busySeconds: (performance.now() - started) / 1000
          }),
        error => send({ type: 'batch-failed', batch, message: errorMessage(error) })
      )
  }
})
