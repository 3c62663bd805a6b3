/**
 * The ceiling, run as its own process by the bench: the model-compute limit of the machine.
 * The chunks are tokenised beforehand and cut into length-sorted batches, dealt to PROCESSES
 * forked processes of THREADS intra-op threads each (./ceiling-worker.ts); only the forward
 * passes, from a common start signal to the last process done, are timed.
 *
 * argv: MODEL_DIR CHUNKS_JSON PROCESSES THREADS BATCH_SIZE RESULT_JSON
 */
import { fork, type ChildProcess } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadTokenizer } from '../src/embed/transformers-runtime.js'
import { lengthSortedBatches, splitBatches } from './batches.js'
import type { FromWorker, ToWorker } from './ceiling-worker.js'
import { readChunks } from './chunks.js'
import type { PhaseResult } from './phase-result.js'

const [modelDir, chunksFile, processArg, threadArg, batchArg, resultFile] = process.argv.slice(2)
const processes = Number(processArg)
const threads = Number(threadArg)
const workerScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ceiling-worker.ts')

const loadStarted = performance.now()
const chunks = await readChunks(chunksFile)
const tokenizer = await loadTokenizer(modelDir)
const sequences = chunks.map(chunk => tokenizer.encode(chunk.text))
const shares = splitBatches(lengthSortedBatches(sequences, Number(batchArg)), processes)

/** Resolves with the worker's first message of `type`; rejects if it exits before sending it. */
function nextMessage<T extends FromWorker['type']>(worker: ChildProcess, type: T): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker): void => {
      if (message.type !== type) return
      worker.off('exit', onExit)
      worker.off('message', onMessage)
      resolve()
    }
    const onExit = (code: number | null): void =>
      reject(new Error(`ceiling worker exited (${code}) before '${type}'`))
    worker.on('message', onMessage)
    worker.once('exit', onExit)
  })
}

const workers = shares.map(() =>
  fork(
    workerScript,
    [
      path.join(modelDir, 'onnx', 'model.onnx'),
      String(threads),
      String(tokenizer.pad_token_id ?? 0)
    ],
    {
      execArgv: ['--import', 'tsx']
    }
  )
)
const ready = workers.map(worker => nextMessage(worker, 'ready'))
workers.forEach((worker, i) =>
  worker.send({ type: 'batches', batches: shares[i] } satisfies ToWorker)
)
await Promise.all(ready)

const embedStarted = performance.now()
const done = workers.map(worker => nextMessage(worker, 'done'))
for (const worker of workers) worker.send({ type: 'go' } satisfies ToWorker)
await Promise.all(done)
const embedSeconds = (performance.now() - embedStarted) / 1000

const result: PhaseResult = {
  files: new Set(chunks.map(c => c.path)).size,
  chunks: chunks.length,
  tokens: sequences.reduce((n, ids) => n + ids.length, 0),
  loadSeconds: (embedStarted - loadStarted) / 1000,
  embedSeconds,
  processes,
  threads
}
await writeFile(resultFile, JSON.stringify(result))
