/** Hits of several indexes as one ranking: by score, or by rank where scores are not comparable. */
import { mergeHits } from '../../src/serve/merge-hits.js'

const hits = (repo: string, ...scores: number[]) =>
  scores.map((score, i) => ({ id: `${repo}${i + 1}`, score }))

const ids = (merged: { id: string }[]) => merged.map(hit => hit.id)

test('by score: best first across indexes; an equal score keeps the order the indexes were given in', () => {
  const rankings = [hits('a', 0.9, 0.5, 0.5), hits('b', 0.8, 0.5, 0.1)]
  expect(ids(mergeHits(rankings, true, 10))).toEqual(['a1', 'b1', 'a2', 'a3', 'b2', 'b3'])
  expect(ids(mergeHits(rankings, true, 3))).toEqual(['a1', 'b1', 'a2'])
})

test('by rank: every first hit, then every second, whatever the scores', () => {
  const rankings = [hits('a', 0.2, 0.1), hits('b', 0.9, 0.8, 0.7)]
  expect(ids(mergeHits(rankings, false, 10))).toEqual(['a1', 'b1', 'a2', 'b2', 'b3'])
  expect(ids(mergeHits(rankings, false, 2))).toEqual(['a1', 'b1'])
})
