import { machineLimit, weightFlopsPerToken } from '../limits.js'

describe('machine limits', () => {
  it('counts the weight products of all-MiniLM-L6-v2’s shapes', () => {
    // 6 blocks × (Q, K, V, output: 4 × 384² + FFN: 2 × 384 × 1536) multiply-adds, 2 FLOP each.
    expect(weightFlopsPerToken()).toBe(2 * 6 * (4 * 384 * 384 + 2 * 384 * 1536))
  })

  it('takes the better of all cores at once and each core alone', () => {
    expect(machineLimit({ one: 60, all: 100 }, 2)).toBe(120)
    expect(machineLimit({ one: 40, all: 100 }, 2)).toBe(100)
  })
})
