/**
 * How the three search modes rank rows.
 *
 * - semantic: cosine similarity of the query's vector and the row's (-1..1).
 * - keyword: BM25 relative to the best match (0..1], plus 1 for each of the query's compound
 *   identifiers (`buildIndex`, `core.setFailed`, `snake_case`) the row holds whole.
 * - hybrid: reciprocal rank fusion of the semantic and keyword rankings (1/(60 + rank) summed,
 *   scaled so that first in both is 1), plus the same 1 per identifier held whole.
 *
 * In both, a row that defines one of the query's identifiers (./definitions.ts) comes before every
 * row that does not: its score gains, per identifier it defines, one more than the most
 * identifiers any matching row holds whole. "Where is X defined" is the question most asked, and
 * without this the code that calls X wins about as often as the code that defines it. A query
 * without identifiers gains nothing, so plain-language search ranks as it did.
 *
 * The identifier term makes an exact identifier match outrank every row that lacks it, whatever
 * the vectors say: plain fusion lets a chunk that only mentions the identifier's parts win on
 * its semantic rank, and people type identifiers more often than sentences. Equal scores keep
 * row order.
 */
import type { KeywordMatch } from './keyword-index.js'
import { TopK, type Ranked } from './top-k.js'

const RRF_K = 60
/** How deep each ranking goes into the fusion: at least this many rows, or the hits asked for. */
const FUSION_DEPTH = 100

/** How many semantic hits rankHybrid fuses for `top` hits. */
export function fusionDepth(top: number): number {
  return Math.max(FUSION_DEPTH, top)
}

export type Accept = (row: number) => boolean

export function rankSemantic(scores: Float32Array, top: number, accept: Accept): Ranked[] {
  const best = new TopK(top)
  for (let row = 0; row < scores.length; row++) if (accept(row)) best.offer(row, scores[row])
  return best.hits
}

/** By row: how many of the query's identifiers the row defines (./definitions.ts). */
export type Defining = Uint16Array

/** What a row's definitions add to its score: more than any row's identifier term can. */
function definitionScores(match: KeywordMatch, defining: Defining): (row: number) => number {
  let most = 0
  for (const row of match.rows) most = Math.max(most, match.identifiers[row])
  return row => defining[row] * (most + 1)
}

export function rankKeyword(
  match: KeywordMatch,
  defining: Defining,
  top: number,
  accept: Accept
): Ranked[] {
  const { rows, bm25, identifiers } = match
  const definition = definitionScores(match, defining)
  let max = 0
  for (const row of rows) if (accept(row)) max = Math.max(max, bm25[row])
  const best = new TopK(top)
  for (const row of rows) {
    if (accept(row)) best.offer(row, definition(row) + identifiers[row] + bm25[row] / max)
  }
  return best.hits
}

/** `semantic`: the fusionDepth(top) accepted rows nearest the query, best first. */
export function rankHybrid(
  semantic: Ranked[],
  match: KeywordMatch,
  defining: Defining,
  top: number,
  accept: Accept
): Ranked[] {
  const fused = new Map<number, number>()
  for (const ranking of [semantic, rankKeyword(match, defining, fusionDepth(top), accept)]) {
    ranking.forEach(({ row }, i) => fused.set(row, (fused.get(row) ?? 0) + 1 / (RRF_K + i + 1)))
  }
  const scale = (RRF_K + 1) / 2
  const definition = definitionScores(match, defining)
  const best = new TopK(top)
  for (const [row, sum] of fused) {
    best.offer(row, definition(row) + match.identifiers[row] + sum * scale)
  }
  return best.hits
}
