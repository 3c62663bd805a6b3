/**
 * One ranking from the rankings of several indexes: by score when their scores mean the same,
 * else by rank (every index's first hit, then every second, ...). Equal scores or ranks keep the
 * order the indexes were given in, then each index's own order.
 */
export function mergeHits<Hit extends { score: number }>(
  rankings: readonly (readonly Hit[])[],
  byScore: boolean,
  top: number
): Hit[] {
  return rankings
    .flatMap((hits, index) => hits.map((hit, rank) => ({ hit, rank, index })))
    .sort((a, b) => (byScore ? b.hit.score - a.hit.score : a.rank - b.rank) || a.index - b.index)
    .slice(0, top)
    .map(({ hit }) => hit)
}
