import type { ResolvedModel } from './model-source.js'

// What a worker (./worker-main.ts) is given and what it says back. The model to load comes as a JSON
// argument, so the worker starts loading at once and no message can arrive before it listens.
// Batches and vectors go over the IPC channel with 'advanced' serialization, so vectors cross
// it as Float32Array bytes, never as JSON numbers.

export interface WorkerInit {
  model: ResolvedModel
  threads: number
}

export type ToWorker = { type: 'embed'; batch: number; texts: string[] }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'vectors'; batch: number; vectors: Float32Array; busySeconds: number }
  | { type: 'batch-failed'; batch: number; message: string }
