import { decodeModel, encodeModel, Graph } from './graph.js'
import { fuseBias, fuseMatMulInteger } from './quantized-matmul.js'

/** The fusions, in the order they run (each may need the one before: bias needs the fused product). */
const FUSIONS = ['matmul-integer', 'bias'] as const
type Fusion = (typeof FUSIONS)[number]

export interface Rewrite {
  /** The rewritten model; the input's bytes when no fusion applied. */
  bytes: Uint8Array
  /** How many places each fusion rewrote; fusions that found nothing are left out. */
  applied: Partial<Record<Fusion, number>>
}

/**
 * Rewrites a BERT-family encoder's quantised matrix products so that ONNX Runtime runs each in one
 * int8 kernel with its bias (its own optimizer leaves the bias Add apart, and keeps uint8 weights
 * on the slower u8×u8 kernel). Each fusion matches its pattern exactly or leaves the graph as it
 * is; the products compute the same numbers either way (checked at load, ../fused-model.ts).
 */
export function rewriteEncoder(bytes: Uint8Array): Rewrite {
  const model = decodeModel(bytes)
  const graph = new Graph(model)
  const counts: Record<Fusion, number> = {
    'matmul-integer': fuseMatMulInteger(graph),
    bias: fuseBias(graph)
  }
  const applied = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
  if (Object.keys(applied).length === 0) return { bytes, applied }
  graph.pruneUnused()
  return { bytes: encodeModel(model), applied }
}

/** The names of the fusions applied, for log lines: `matmul-integer ×36, bias ×36`. */
export function describeFusions(applied: Rewrite['applied']): string {
  const parts = FUSIONS.filter(f => applied[f]).map(f => `${f} ×${applied[f]}`)
  return parts.length > 0 ? parts.join(', ') : 'none'
}
