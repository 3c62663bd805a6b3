import { queryTerms } from '../../src/serve/code-tokens.js'
import { KeywordIndex } from '../../src/serve/keyword-index.js'
import { fusionDepth, rankHybrid, rankKeyword, rankSemantic } from '../../src/serve/ranking.js'

const all = () => true

// Row 0 holds the identifier whole; rows 1-3 only its parts, row 3 many times; row 4 neither.
const texts = [
  'export function mergeShardManifests(list) {}',
  'merge the shard manifests',
  'we merge each shard, then the manifests',
  'merge shard manifests: merge shard manifests, merge shard manifests',
  'unrelated text about caching'
]
const keyword = KeywordIndex.build(texts)
// Vectors that favour the parts: row 3 first, row 0 (the identifier) last.
const semantic = new Float32Array([-0.9, 0.5, 0.4, 0.95, 0.1])
const query = queryTerms('mergeShardManifests')
const match = keyword.match(query)
// No row defines the identifier: these tests check the ranking of rows that only hold it.
const noneDefining = new Uint16Array(texts.length)
/** The semantic ranking rankHybrid fuses, from the scores above. */
const nearest = (accept: (row: number) => boolean) => rankSemantic(semantic, fusionDepth(5), accept)

test('semantic: cosine order, equal scores in row order, rows the filter rejects left out', () => {
  expect(rankSemantic(new Float32Array([0.2, 0.5, 0.2, 0.9]), 3, all)).toEqual([
    { row: 3, score: expect.closeTo(0.9, 6) },
    { row: 1, score: 0.5 },
    { row: 0, score: expect.closeTo(0.2, 6) }
  ])
  expect(rankSemantic(semantic, 2, row => row !== 3).map(hit => hit.row)).toEqual([1, 2])
})

test('keyword: the identifier held whole ranks first, above rows with more of its parts', () => {
  const hits = rankKeyword(match, noneDefining, 5, all)
  expect(hits.map(hit => hit.row)).toEqual([
    0,
    expect.any(Number),
    expect.any(Number),
    expect.any(Number)
  ])
  // 1 for the identifier, plus BM25 relative to the best.
  expect(hits[0].score).toBe(2)
  expect(hits.slice(1).every(hit => hit.score > 0 && hit.score <= 1)).toBe(true)
})

test('hybrid: plain rank fusion would put a parts-only row first; the identifier row wins', () => {
  // Plain reciprocal rank fusion of the two lists, as an independent oracle.
  const bm25 = keyword.bm25(query.terms)
  const byBm25 = [...bm25.rows].sort((a, b) => bm25.score[b] - bm25.score[a])
  const bySemantic = [0, 1, 2, 3, 4].sort((a, b) => semantic[b] - semantic[a])
  const plain = (row: number) =>
    1 / (61 + bySemantic.indexOf(row)) + (byBm25.includes(row) ? 1 / (61 + byBm25.indexOf(row)) : 0)
  const plainBest = [0, 1, 2, 3, 4].sort((a, b) => plain(b) - plain(a))[0]
  expect(plainBest).not.toBe(0)

  const hits = rankHybrid(nearest(all), match, noneDefining, 5, all)
  expect(hits[0]).toEqual({ row: 0, score: expect.any(Number) })
  expect(hits[0].score).toBeGreaterThan(1)
  expect(hits.slice(1).every(hit => hit.score <= 1)).toBe(true)
})

test('hybrid without identifiers is rank fusion scaled so that first in both lists scores 1', () => {
  const hits = rankHybrid(
    nearest(all),
    keyword.match(queryTerms('merge shard manifests')),
    noneDefining,
    5,
    all
  )
  expect(hits[0]).toEqual({ row: 3, score: 1 })
  expect(hits.map(hit => hit.row)).toContain(4)
  expect(hits.every((hit, i) => i === 0 || hit.score <= hits[i - 1].score)).toBe(true)
})

test('hybrid and keyword honour the filter', () => {
  const notZero = (row: number) => row !== 0
  expect(
    rankHybrid(nearest(notZero), match, noneDefining, 5, notZero).map(hit => hit.row)
  ).not.toContain(0)
  expect(rankKeyword(match, noneDefining, 5, notZero).map(hit => hit.row)).not.toContain(0)
})
