import type { EmbedItem } from './types.js'

export interface PlannedBatch {
  /** Indices into the planned items, in the order the texts are sent. */
  items: number[]
  /** Token count of every text in the batch (they are all equal: no padding). */
  tokens: number
}

/**
 * Groups texts of exactly equal token length into batches of at most `batchSize`, so that no
 * batch carries padding. The plan depends only on the items themselves (not on the number of
 * workers nor on the order items arrive in), and with ONNX Runtime's fp32 CPU kernels a row's
 * vector does not depend on its batch companions; see the engine report for what was measured.
 *
 * Batches come out largest first, so the slowest work starts first and the pull queue ends on
 * short batches.
 */
export function planBatches(items: readonly EmbedItem[], batchSize: number): PlannedBatch[] {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batch size must be a whole number >= 1, got ${batchSize}`)
  }
  const byLength = new Map<number, number[]>()
  items.forEach((item, index) => {
    const group = byLength.get(item.tokens)
    if (group) group.push(index)
    else byLength.set(item.tokens, [index])
  })
  const batches: PlannedBatch[] = []
  for (const [tokens, group] of byLength) {
    group.sort((a, b) => compareCanonical(items[a], items[b]) || a - b)
    for (let start = 0; start < group.length; start += batchSize) {
      batches.push({ items: group.slice(start, start + batchSize), tokens })
    }
  }
  return batches.sort(
    (a, b) =>
      b.tokens * b.items.length - a.tokens * a.items.length ||
      b.tokens - a.tokens ||
      compareCanonical(items[a.items[0]], items[b.items[0]])
  )
}

/** Code-unit order of the text, then the label: the same whatever the locale. */
function compareCanonical(a: EmbedItem, b: EmbedItem): number {
  return compareStrings(a.text, b.text) || compareStrings(a.label, b.label)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
