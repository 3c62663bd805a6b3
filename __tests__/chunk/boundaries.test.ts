import { seededRandom } from '../helpers/random.js'
import { lineKeys, segmentStarts } from '../../src/chunk/boundaries.js'

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

  it('depends on the line and whether the previous one is blank, not on where it is', () => {
    const keys = lineKeys(['a', 'b', '', 'b', 'c', 'b'])
    expect(keys[1]).toBe(keys[5])
    expect(keys[3]).not.toBe(keys[1])
  })
})
