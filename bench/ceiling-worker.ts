/**
 * One process of the ceiling: an ONNX Runtime session with `threads` intra-op threads and
 * nothing else. It builds all its input tensors before reporting ready, so that the timed part,
 * between 'go' and 'done', is the forward passes alone.
 *
 * argv: MODEL_ONNX THREADS PAD_ID
 */
import ort from 'onnxruntime-node'
import type { Batch } from './batches.js'

export type ToWorker = { type: 'batches'; batches: Batch[] } | { type: 'go' }
export type FromWorker = { type: 'ready' } | { type: 'done' }

const [modelFile, threads, padId] = process.argv.slice(2)

function send(message: FromWorker): void {
  process.send!(message)
}

function feeds(batch: Batch): Record<string, ort.Tensor> {
  const seq = Math.max(...batch.map(row => row.length))
  const dims = [batch.length, seq]
  const ids = new BigInt64Array(batch.length * seq).fill(BigInt(padId))
  const mask = new BigInt64Array(batch.length * seq)
  batch.forEach((row, r) => {
    row.forEach((id, t) => {
      ids[r * seq + t] = BigInt(id)
      mask[r * seq + t] = 1n
    })
  })
  return {
    input_ids: new ort.Tensor('int64', ids, dims),
    attention_mask: new ort.Tensor('int64', mask, dims),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(batch.length * seq), dims)
  }
}

// Listening starts before the session exists: a message sent meanwhile would otherwise be lost.
const session = ort.InferenceSession.create(modelFile, {
  intraOpNumThreads: Number(threads),
  interOpNumThreads: 1,
  executionMode: 'sequential'
})
let inputs: Record<string, ort.Tensor>[] = []

process.on('message', (message: ToWorker) => {
  void (async () => {
    const ready = await session
    if (message.type === 'batches') {
      inputs = message.batches.map(feeds)
      send({ type: 'ready' })
      return
    }
    for (const input of inputs) await ready.run(input)
    send({ type: 'done' })
    await ready.release()
    process.disconnect()
  })()
})
