/**
 * The ceiling's batch plan: the best case for the model, so texts of like length share a batch
 * (little padding), and the batches are dealt to processes so that each gets an equal share of
 * the padded work.
 */

import { BATCH_TOKEN_BUDGET } from '../src/embed/batch-plan.js'

/** Token ids of the rows of one model call. */
export type Batch = number[][]

/**
 * Length-sorted batches, longest first, of at most `size` rows and at most `tokenBudget` padded
 * tokens (but for a single row): the same bound embed-index plans with, since larger batches are
 * slower per token on CPU, so the ceiling is not held back by a worse batch shape.
 */
export function lengthSortedBatches(
  sequences: number[][],
  size: number,
  tokenBudget: number = BATCH_TOKEN_BUDGET
): Batch[] {
  const sorted = [...sequences].sort((a, b) => b.length - a.length)
  const batches: Batch[] = []
  for (let i = 0; i < sorted.length;) {
    const rows = Math.max(1, Math.min(size, Math.floor(tokenBudget / sorted[i].length)))
    batches.push(sorted.slice(i, i + rows))
    i += rows
  }
  return batches
}

/** Rows × longest row: the positions the model computes, padding included. */
export function paddedTokens(batch: Batch): number {
  return batch.length * Math.max(0, ...batch.map(row => row.length))
}

/** Deals batches (largest first) to whichever of `count` shares has the least work so far. */
export function splitBatches(batches: Batch[], count: number): Batch[][] {
  const shares: Batch[][] = Array.from({ length: count }, () => [])
  const work = new Array<number>(count).fill(0)
  const bySize = [...batches].sort((a, b) => paddedTokens(b) - paddedTokens(a))
  for (const batch of bySize) {
    const least = work.indexOf(Math.min(...work))
    shares[least].push(batch)
    work[least] += paddedTokens(batch)
  }
  return shares
}
