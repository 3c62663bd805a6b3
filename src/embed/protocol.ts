import type { ResolvedModel } from './types.js'

// Messages between the cluster and src/worker.ts over the IPC channel. The channel uses
// 'advanced' serialization, so vectors cross it as Float32Array bytes, never as JSON numbers.

export type ToWorker =
  | { type: 'load'; model: ResolvedModel; threads: number }
  | { type: 'embed'; batch: number; texts: string[] }

export type FromWorker =
  | { type: 'ready' }
  | { type: 'load-failed'; message: string }
  | { type: 'vectors'; batch: number; vectors: Float32Array; busySeconds: number }
  | { type: 'batch-failed'; batch: number; message: string }
