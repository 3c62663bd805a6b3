import { quantizePerColumn } from '../fixture-model/quantize.js'

describe('quantizePerColumn', () => {
  // 3 rows x 3 columns; the columns differ in magnitude by orders, and the last is all zero.
  const weight = Float32Array.from([0.5, -0.001, 0, -1, 0.004, 0, 0.25, 0.002, 0])

  it('gives each column its own symmetric scale, max magnitude / 127', () => {
    const { scales } = quantizePerColumn(weight, 3, 3)
    expect(scales[0]).toBeCloseTo(1 / 127, 9)
    expect(scales[1]).toBeCloseTo(0.004 / 127, 9)
    expect(scales[2]).toBe(1)
  })

  it('maps each column maximum to ±127 and reconstructs within half a step', () => {
    const { values, scales } = quantizePerColumn(weight, 3, 3)
    expect(values[3]).toBe(-127)
    expect(values[4]).toBe(127)
    for (let i = 0; i < weight.length; i++) {
      const scale = scales[i % 3]
      expect(Math.abs(values[i] * scale - weight[i])).toBeLessThanOrEqual(scale / 2 + 1e-9)
    }
  })
})
