/**
 * Compact forms of an index's float32 rows: float16 (IEEE half precision, half the bytes) and
 * int8 scalar-quantised with one scale per dimension (a quarter of the bytes). Each has an encoder
 * and the decoder that gives float32 rows back, so that a ranking over the compact form can be
 * compared with the float32 one (bench/ann-suite.ts measures recall@10).
 */

const f32 = new Float32Array(1)
const u32 = new Uint32Array(f32.buffer)

/** One float32 as IEEE 754 binary16 bits, rounded to nearest even; overflow gives infinity. */
function halfBits(value: number): number {
  f32[0] = value
  const bits = u32[0]
  const sign = (bits >>> 16) & 0x8000
  const exponent = (bits >>> 23) & 0xff
  const mantissa = bits & 0x7fffff
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa === 0 ? 0 : 0x200)
  const halfExponent = exponent - 127 + 15
  if (halfExponent >= 0x1f) return sign | 0x7c00
  if (halfExponent <= 0) {
    // Subnormal (or zero) in binary16: shift the mantissa, with its implicit 1, into place.
    if (halfExponent < -10) return sign
    const full = mantissa | 0x800000
    const shift = 14 - halfExponent
    const rounded = roundShift(full, shift)
    return sign | rounded
  }
  // Rounding may carry into the exponent, which is what the format wants (up to infinity).
  return sign | ((halfExponent << 10) + roundShift(mantissa, 13))
}

/** value >> shift, rounded to nearest, ties to even. */
function roundShift(value: number, shift: number): number {
  const kept = value >>> shift
  const rest = value - kept * 2 ** shift
  const half = 2 ** (shift - 1)
  return rest > half || (rest === half && (kept & 1) === 1) ? kept + 1 : kept
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >>> 10) & 0x1f
  const mantissa = bits & 0x3ff
  if (exponent === 0) return sign * mantissa * 2 ** -24
  if (exponent === 0x1f) return mantissa === 0 ? sign * Infinity : NaN
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15)
}

export function toFloat16(vectors: Float32Array): Uint16Array {
  const half = new Uint16Array(vectors.length)
  for (let i = 0; i < vectors.length; i++) half[i] = halfBits(vectors[i])
  return half
}

export function fromFloat16(half: Uint16Array): Float32Array {
  const vectors = new Float32Array(half.length)
  for (let i = 0; i < half.length; i++) vectors[i] = halfValue(half[i])
  return vectors
}

/** Rows as int8 codes: value ≈ code × scale of its dimension. */
export interface Int8Rows {
  codes: Int8Array
  /** By dimension: the largest magnitude in that dimension over all rows, over 127. */
  scales: Float32Array
}

/**
 * A scale per dimension, not one for the whole matrix: a model's dimensions differ in range, and
 * one scale would spend most of the 255 steps of a narrow dimension on values it never takes.
 * The error of each value is at most half its dimension's scale.
 */
export function quantizeInt8(vectors: Float32Array, dimension: number): Int8Rows {
  const scales = new Float32Array(dimension)
  for (let i = 0; i < vectors.length; i++) {
    const d = i % dimension
    scales[d] = Math.max(scales[d], Math.abs(vectors[i]))
  }
  for (let d = 0; d < dimension; d++) scales[d] = scales[d] / 127
  const codes = new Int8Array(vectors.length)
  for (let i = 0; i < vectors.length; i++) {
    const scale = scales[i % dimension]
    codes[i] = scale === 0 ? 0 : Math.round(vectors[i] / scale)
  }
  return { codes, scales }
}

export function dequantizeInt8({ codes, scales }: Int8Rows): Float32Array {
  const dimension = scales.length
  const vectors = new Float32Array(codes.length)
  for (let i = 0; i < codes.length; i++) vectors[i] = codes[i] * scales[i % dimension]
  return vectors
}
