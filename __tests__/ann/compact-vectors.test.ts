import { seededRandom } from '../../tools/fixture-model/random.js'
import {
  dequantizeInt8,
  fromFloat16,
  quantizeInt8,
  toFloat16
} from '../../src/ann/compact-vectors.js'
import { unitVectors } from '../artifact/synthetic.js'

test('float16 keeps values it can represent exactly, and others within half a step', () => {
  const exact = new Float32Array([0, -0, 1, -2, 0.5, 65504, 2 ** -14, 2 ** -24, 0.099975586])
  expect([...fromFloat16(toFloat16(exact))]).toEqual([...exact])
  const random = seededRandom(16)
  const vectors = unitVectors(random, 200, 64)
  const back = fromFloat16(toFloat16(vectors))
  for (let i = 0; i < vectors.length; i++) {
    // 10 mantissa bits: the error is at most 2^-11 of the value (relative), or of 2^-14 below it.
    const bound = Math.max(Math.abs(vectors[i]), 2 ** -14) * 2 ** -11
    expect(Math.abs(back[i] - vectors[i])).toBeLessThanOrEqual(bound)
  }
})

test('float16 rounds ties to even and saturates to infinity', () => {
  // 1 + 2^-11 lies halfway between 1 and the next half (1 + 2^-10): even is 1.
  expect(fromFloat16(toFloat16(new Float32Array([1 + 2 ** -11])))[0]).toBe(1)
  expect(fromFloat16(toFloat16(new Float32Array([1 + 3 * 2 ** -11])))[0]).toBe(1 + 2 ** -9)
  expect(fromFloat16(toFloat16(new Float32Array([1e6, -1e6])))).toEqual(
    new Float32Array([Infinity, -Infinity])
  )
})

test('int8 with a scale per dimension reconstructs each value within half its scale', () => {
  const random = seededRandom(8)
  const dimension = 48
  const vectors = unitVectors(random, 300, dimension)
  // Dimensions of very different ranges: one scale for all would lose the narrow ones.
  for (let i = 0; i < vectors.length; i++) if (i % dimension === 5) vectors[i] *= 0.001
  const quantized = quantizeInt8(vectors, dimension)
  expect(quantized.scales).toHaveLength(dimension)
  const back = dequantizeInt8(quantized)
  for (let i = 0; i < vectors.length; i++) {
    const scale = quantized.scales[i % dimension]
    expect(Math.abs(back[i] - vectors[i])).toBeLessThanOrEqual(scale / 2 + 1e-9)
  }
  expect(quantized.scales[5]).toBeLessThan(quantized.scales[4] / 100)
  // The largest magnitude of each dimension is a code of ±127.
  expect(Math.max(...quantized.codes.map(Math.abs))).toBe(127)
})
