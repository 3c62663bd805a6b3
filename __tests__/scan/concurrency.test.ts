import { mapConcurrently } from '../../src/scan/concurrency.js'

describe('mapConcurrently', () => {
  it('keeps at most `limit` calls in flight and the results in input order', async () => {
    let inFlight = 0
    let most = 0
    const items = Array.from({ length: 200 }, (_, i) => i)
    const results = await mapConcurrently(items, 16, async item => {
      inFlight++
      most = Math.max(most, inFlight)
      // Finish out of order: later items often before earlier ones.
      await new Promise(resolve => setImmediate(resolve))
      if (item % 3 === 0) await new Promise(resolve => setImmediate(resolve))
      inFlight--
      return item * 2
    })
    expect(most).toBe(16)
    expect(results).toEqual(items.map(i => i * 2))
  })

  it('handles fewer items than the limit, and none', async () => {
    expect(await mapConcurrently([1, 2], 16, async x => x + 1)).toEqual([2, 3])
    expect(await mapConcurrently([], 16, async x => x)).toEqual([])
  })
})
