import { meanPoolNormalize } from '../../src/embed/pooling.js'

describe('meanPoolNormalize', () => {
  it('averages the unmasked tokens of each row and scales to unit length', () => {
    // 2 rows × 3 tokens × 2 dims; row 0's last token is padding and must not count.
    const hidden = Float32Array.from([1, 0, 3, 4, 999, 999, 0, 2, 0, 2, 0, 2])
    const pooled = meanPoolNormalize(hidden, [1, 1, 0, 1, 1, 1], 2, 3, 2)
    // Row 0: mean (2, 2) → (0.7071, 0.7071); row 1: mean (0, 2) → (0, 1).
    expect(Array.from(pooled)).toEqual([Math.fround(Math.SQRT1_2), Math.fround(Math.SQRT1_2), 0, 1])
  })

  it('leaves an all-zero mean at zero instead of dividing by zero', () => {
    expect(Array.from(meanPoolNormalize(new Float32Array(4), [1, 1], 1, 2, 2))).toEqual([0, 0])
  })

  it('rejects shapes that do not match the data', () => {
    expect(() => meanPoolNormalize(new Float32Array(5), [1, 1], 1, 2, 2)).toThrow(/pooling/)
  })
})
