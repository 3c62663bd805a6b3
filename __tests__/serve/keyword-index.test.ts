import { KeywordIndex } from '../../src/serve/keyword-index.js'

const scored = (index: KeywordIndex, terms: string[]) => {
  const { rows, score } = index.bm25(terms)
  return Object.fromEntries(rows.map(row => [row, score[row]]))
}

test('a rare term outweighs a common one, and more occurrences score higher', () => {
  const index = KeywordIndex.build([
    'the cache key',
    'the shard list',
    'the shard shard shard list',
    'the merge of the shards'
  ])
  const byRow = scored(index, ['shard', 'the'])
  expect(Object.keys(byRow).map(Number).sort()).toEqual([0, 1, 2, 3])
  expect(byRow[2]).toBeGreaterThan(byRow[1])
  expect(byRow[1]).toBeGreaterThan(byRow[0])
  // 'the' is in every row: it weighs far less than 'shard'.
  expect(byRow[0]).toBeLessThan(byRow[1] / 5)
})

test('BM25 by its formula, for one term', () => {
  const index = KeywordIndex.build(['alpha beta', 'beta beta gamma delta', 'gamma'])
  const { score } = index.bm25(['beta'])
  const idf = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
  const averageLength = (2 + 4 + 1) / 3
  const bm25 = (tf: number, length: number) =>
    (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / averageLength))
  expect(score[0]).toBeCloseTo(bm25(1, 2), 12)
  expect(score[1]).toBeCloseTo(bm25(2, 4), 12)
  expect(score[2]).toBe(0)
})

test('rows without text are never found; rowsHolding lists the rows of a whole identifier', () => {
  const index = KeywordIndex.build(['buildIndex here', undefined, 'build the index', 'buildIndex'])
  expect(index.documents).toBe(3)
  expect([...index.rowsHolding('buildindex')]).toEqual([0, 3])
  expect([...index.rowsHolding('build')]).toEqual([0, 2, 3])
  expect([...index.rowsHolding('nothing')]).toEqual([])
  expect(index.bm25(['build']).rows.sort()).toEqual([0, 2, 3])
  expect(KeywordIndex.build([]).bm25(['x']).rows).toEqual([])
})
