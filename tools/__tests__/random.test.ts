import { seededNormal, seedFromName } from '../fixture-model/random.js'

describe('seedFromName', () => {
  it('is 32-bit FNV-1a', () => {
    expect(seedFromName('')).toBe(0x811c9dc5)
    expect(seedFromName('a')).toBe(0xe40c292c)
    expect(seedFromName('foobar')).toBe(0xbf9cf968)
  })
})

describe('seededNormal', () => {
  it('repeats for a seed and differs across seeds', () => {
    expect(seededNormal(7, 101, 0.02)).toEqual(seededNormal(7, 101, 0.02))
    expect(seededNormal(8, 101, 0.02)).not.toEqual(seededNormal(7, 101, 0.02))
  })

  it('draws from normal(0, std)', () => {
    const values = seededNormal(seedFromName('stats'), 100_000, 0.02)
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length
    expect(Math.abs(mean)).toBeLessThan(0.0005)
    expect(Math.sqrt(variance)).toBeCloseTo(0.02, 3)
    // About 68% of a normal lies within one standard deviation.
    const withinOneStd = values.filter(v => Math.abs(v) < 0.02).length / values.length
    expect(withinOneStd).toBeCloseTo(0.683, 2)
  })
})
