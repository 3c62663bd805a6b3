import { BATCH_TOKEN_BUDGET, planBatches } from '../../src/embed/batch-plan.js'
import type { EmbedItem } from '../../src/embed/batch-plan.js'

function item(text: string, tokens: number, label = 'a.ts'): EmbedItem {
  return { text, tokens, label }
}

const ITEMS: EmbedItem[] = [
  ...Array.from({ length: 7 }, (_, i) => item(`long ${i}`, 20, `long${i % 2}.ts`)),
  ...Array.from({ length: 3 }, (_, i) => item(`short ${i}`, 5)),
  item('lonely', 9),
  item('short 0', 5, 'duplicate.ts')
]

/** The plan as texts, so plans over differently ordered items can be compared. */
function planTexts(items: EmbedItem[], batchSize: number): string[][] {
  return planBatches(items, batchSize).map(batch =>
    batch.items.map(i => `${items[i].text}@${items[i].label}`)
  )
}

describe('planBatches', () => {
  it('batches only texts of equal token length, at most batchSize each, every item once', () => {
    const plan = planBatches(ITEMS, 3)
    const seen = plan.flatMap(batch => batch.items).sort((a, b) => a - b)
    expect(seen).toEqual(ITEMS.map((_, i) => i))
    for (const batch of plan) {
      expect(batch.items.length).toBeGreaterThan(0)
      expect(batch.items.length).toBeLessThanOrEqual(3)
      expect(batch.items.every(i => ITEMS[i].tokens === batch.tokens)).toBe(true)
    }
    // 7 long → 3+3+1, 4 short → 3+1, 1 lonely.
    expect(plan.map(batch => [batch.tokens, batch.items.length])).toEqual([
      [20, 3],
      [20, 3],
      [20, 1],
      [5, 3],
      [9, 1],
      [5, 1]
    ])
  })

  it('does not depend on the order the items come in', () => {
    const shuffled = [...ITEMS].reverse()
    shuffled.push(...shuffled.splice(0, 4))
    expect(planTexts(shuffled, 3)).toEqual(planTexts(ITEMS, 3))
  })

  it('keeps long texts within the token budget, one text per batch at the least', () => {
    const long = Array.from({ length: 10 }, (_, i) => item(`t${i}`, 256))
    const perBatch = Math.floor(BATCH_TOKEN_BUDGET / 256)
    const plan = planBatches(long, 16)
    expect(plan.map(batch => batch.items.length)).toEqual(
      Array.from({ length: Math.ceil(10 / perBatch) }, (_, i) =>
        Math.min(perBatch, 10 - i * perBatch)
      )
    )
    const huge = [item('a', BATCH_TOKEN_BUDGET + 1), item('b', BATCH_TOKEN_BUDGET + 1)]
    expect(planBatches(huge, 16).map(batch => batch.items.length)).toEqual([1, 1])
  })

  it('rejects a batch size below 1', () => {
    expect(() => planBatches(ITEMS, 0)).toThrow(/batch size/)
  })
})
