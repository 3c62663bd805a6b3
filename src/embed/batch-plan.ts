/** One text to embed. */
export interface EmbedItem {
  text: string
  /** Exact token count, [CLS] and [SEP] included (from the chunker's token counter). */
  tokens: number
  /** Where the text came from (a file path), for error messages. */
  label: string
}

export interface PlannedBatch {
  /** Indices into the planned items, in the order the texts are sent. */
  items: number[]
  /** Token count of every text in the batch (they are all equal: no padding). */
  tokens: number
}

/**
 * Most tokens in one batch. Measured with a bare minilm session at one intra-op thread, tokens/s
 * by batch × length: 1×256 8,211, 2×256 8,020, 4×256 7,259; 4×128 8,800, 8×128 8,043; 8×64
 * 9,413, 16×64 9,028; 16×32 9,431, 32×32 9,148. Past ~512 tokens a batch gets slower per token
 * (the activations leave the cache) and bigger: attention memory grows with batch × length²
 * (peak RSS 223 MB at 1×256, 264 MB at 4×256, 458 MB at 16×256).
 */
export const BATCH_TOKEN_BUDGET = 512

/**
 * Groups texts of exactly equal token length into batches of at most `batchSize` texts and (but
 * for a single text) at most BATCH_TOKEN_BUDGET tokens, so that no batch carries padding. The plan
 * depends only on the items (not on the number of workers nor on the order items arrive in).
 * Beyond that, a text's vector does not even depend on which texts share its batch (see
 * Embedder.embedBatch), so an incremental run that embeds only changed chunks gets the same bits
 * as a full rebuild.
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
    const perBatch = Math.max(1, Math.min(batchSize, Math.floor(BATCH_TOKEN_BUDGET / tokens)))
    for (let start = 0; start < group.length; start += perBatch) {
      batches.push({ items: group.slice(start, start + perBatch), tokens })
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
