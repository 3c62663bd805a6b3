import { seededRandom } from '../../tools/fixture-model/random.js'
import { lineKeys, segmentStarts, tierOfKey } from '../../src/chunk/boundaries.js'
import { emptyStructure, TIER } from '../../src/chunk/structure.js'

/** The rule as written, checked pair by pair. */
function referenceStarts(keys: number[], tokens: number[], reach: number): number[] {
  const position = tokens.map((_, i) => tokens.slice(0, i).reduce((a, b) => a + b, 0))
  const total = tokens.reduce((a, b) => a + b, 0)
  return keys
    .map((_, i) => i)
    .filter(i => {
      if (i === 0) return true
      if (position[i] <= reach || total - position[i] <= reach) return false
      return keys.every((other, j) => {
        if (j === i || Math.abs(position[j] - position[i]) > reach) return true
        return j < i ? keys[i] > other : keys[i] >= other
      })
    })
}

function randomLines(seed: number, count: number) {
  const random = seededRandom(seed)
  // Few distinct keys and many zero-token lines, so ties and shared positions are common.
  const keys = Array.from({ length: count }, () => Math.floor(random() * 6))
  const tokens = Array.from({ length: count }, () =>
    random() < 0.3 ? 0 : Math.floor(random() * 12)
  )
  return { keys, tokens }
}

describe('segmentStarts', () => {
  it('agrees with the rule checked pair by pair', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { keys, tokens } = randomLines(seed, 1 + (seed % 60))
      const reach = 1 + (seed % 25)
      expect(segmentStarts(keys, tokens, reach)).toEqual(referenceStarts(keys, tokens, reach))
    }
  })

  it('moves only the starts within reach of a changed line', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { keys, tokens } = randomLines(seed, 300)
      const reach = 20
      const changed = 150
      const edited = [...keys]
      edited[changed] = keys[changed] + 3
      const position = tokens.map((_, i) => tokens.slice(0, i).reduce((a, b) => a + b, 0))
      const far = (i: number) => Math.abs(position[i] - position[changed]) > reach
      expect(segmentStarts(edited, tokens, reach).filter(far)).toEqual(
        segmentStarts(keys, tokens, reach).filter(far)
      )
    }
  })
})

describe('lineKeys', () => {
  it('ranks an unindented line after a blank line highest and blank or closing lines lowest', () => {
    const rank = (key: number) => Math.floor(key / 2 ** 32)
    const keys = lineKeys(['x', '', 'export function f() {', '  body()', '', '  more()', '}', '  '])
    expect(keys.map(rank)).toEqual([3, 0, 4, 1, 0, 2, 0, 0])
  })

  it('with a structure, ranks by tier, then by how shallow, then by the line rule', () => {
    const lines = ['  a()', 'b()', '  c()', '', 'd()', '  e()']
    const structure = emptyStructure(lines.length)
    structure.tiers.set([TIER.top, TIER.node, TIER.nested, TIER.none, TIER.node, TIER.node])
    structure.depths.set([1, 3, 2, 15, 3, 2])
    const keys = lineKeys(lines, structure)
    expect(keys.map(tierOfKey)).toEqual([3, 1, 2, 0, 1, 1])
    const order = keys.map((key, i) => [key, i]).sort((x, y) => y[0] - x[0])
    // Tier first (0, 2); among tier 1, the shallower line 5 before 1 and 4, which the line rule
    // (unindented after a blank line) orders 4 before 1; the blank line last.
    expect(order.map(([, i]) => i)).toEqual([0, 2, 5, 4, 1, 3])
    expect(lineKeys(lines).map(tierOfKey)).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('depends on the line and whether the previous one is blank, not on where it is', () => {
    const keys = lineKeys(['a', 'b', '', 'b', 'c', 'b'])
    expect(keys[1]).toBe(keys[5])
    expect(keys[3]).not.toBe(keys[1])
  })
})
