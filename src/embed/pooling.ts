/**
 * Mean of each row's token vectors over its attention mask, scaled to unit length. Done here in
 * plain JS with a fixed summation order (float64 accumulators, token order) so that the result
 * for a row depends only on that row's encoder output, never on threads or batch layout.
 *
 * hidden: batch × seq × dim (row-major); mask: batch × seq, 1 for real tokens.
 */
export function meanPoolNormalize(
  hidden: Float32Array,
  mask: ArrayLike<number>,
  batch: number,
  seq: number,
  dim: number
): Float32Array {
  if (hidden.length !== batch * seq * dim || mask.length !== batch * seq) {
    throw new Error(
      `pooling: got ${hidden.length} values and ${mask.length} mask entries for ${batch}×${seq}×${dim}`
    )
  }
  const out = new Float32Array(batch * dim)
  const sum = new Float64Array(dim)
  for (let row = 0; row < batch; row++) {
    sum.fill(0)
    let count = 0
    for (let t = 0; t < seq; t++) {
      if (mask[row * seq + t] === 0) continue
      count++
      const base = (row * seq + t) * dim
      for (let d = 0; d < dim; d++) sum[d] += hidden[base + d]
    }
    if (count === 0) throw new Error(`pooling: row ${row} has no tokens`)
    let squares = 0
    for (let d = 0; d < dim; d++) {
      sum[d] /= count
      squares += sum[d] * sum[d]
    }
    // An all-zero mean has no direction; leave it zero rather than divide by zero.
    const scale = squares > 0 ? 1 / Math.sqrt(squares) : 0
    for (let d = 0; d < dim; d++) out[row * dim + d] = sum[d] * scale
  }
  return out
}
