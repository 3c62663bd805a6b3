import { seededRandom } from '../../tools/fixture-model/random.js'
import { TopK } from '../../src/serve/top-k.js'
import { VectorScorer } from '../../src/serve/vector-search.js'
import { unitVectors } from '../artifact/synthetic.js'

/** An exact scorer: no index folder, so no graph. */
const exactScorer = async (vectors: Float32Array, dimension: number) =>
  new VectorScorer(vectors, dimension)
const scorerOf = (rows: number[][]) => exactScorer(new Float32Array(rows.flat()), rows[0].length)

test('scores every row by its dot product with the query', async () => {
  const scorer = await scorerOf([
    [1, 0],
    [0, 1],
    [0.6, 0.8],
    [-1, 0]
  ])
  const scores = await scorer.scores(new Float32Array([1, 0]))
  expect([...scores]).toEqual([1, 0, expect.closeTo(0.6, 6), -1])
})

test('agrees with a JavaScript dot product on random vectors', async () => {
  const random = seededRandom(32)
  const dimension = 384
  const vectors = unitVectors(random, 500, dimension)
  const query = unitVectors(random, 1, dimension)
  const scores = await (await exactScorer(vectors, dimension)).scores(query)
  expect(scores).toHaveLength(500)
  for (let row = 0; row < 500; row++) {
    let dot = 0
    for (let i = 0; i < dimension; i++) dot += vectors[row * dimension + i] * query[i]
    expect(scores[row]).toBeCloseTo(dot, 5)
  }
})

test('an empty index scores nothing; a query of another dimension is refused', async () => {
  const empty = await exactScorer(new Float32Array(0), 2)
  expect(await empty.scores(new Float32Array(2))).toHaveLength(0)
  await expect((await scorerOf([[1, 0]])).scores(new Float32Array(3))).rejects.toThrow(
    /query vector has 3 values, the index has dimension 2/
  )
})

test('TopK keeps the k best, best first; equal scores in row order whatever the offer order', () => {
  const top = new TopK(4)
  for (const [row, score] of [
    [4, 1],
    [0, 0],
    [3, 1],
    [1, 1],
    [2, 0.5],
    [5, -1]
  ]) {
    top.offer(row, score)
  }
  expect(top.hits).toEqual([
    { row: 1, score: 1 },
    { row: 3, score: 1 },
    { row: 4, score: 1 },
    { row: 2, score: 0.5 }
  ])
  const none = new TopK(0)
  none.offer(0, 1)
  expect(none.hits).toEqual([])
  expect(() => new TopK(-1)).toThrow(RangeError)
})

test('TopK agrees with a full sort', () => {
  const random = seededRandom(7)
  const scores = Array.from({ length: 2000 }, () => Math.round(random() * 50) / 50)
  const top = new TopK(25)
  scores.forEach((score, row) => top.offer(row, score))
  const sorted = scores
    .map((score, row) => ({ row, score }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
  expect(top.hits).toEqual(sorted.slice(0, 25))
})
