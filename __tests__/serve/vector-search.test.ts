import { seededRandom } from '../helpers/random.js'
import { searchVectors } from '../../src/serve/vector-search.js'
import { syntheticIndex, unitVectors } from '../artifact/synthetic.js'

const { manifest } = syntheticIndex({ seed: 31, files: 0, dimension: 2 })
const indexOf = (rows: number[][]) => ({ manifest, vectors: new Float32Array(rows.flat()) })

it('ranks rows by dot product, best first', () => {
  const index = indexOf([
    [1, 0],
    [0, 1],
    [0.6, 0.8],
    [-1, 0]
  ])
  expect(searchVectors(index, new Float32Array([1, 0]), 3)).toEqual([
    { row: 0, score: 1 },
    { row: 2, score: expect.closeTo(0.6, 6) },
    { row: 1, score: 0 }
  ])
})

it('breaks ties by row order', () => {
  const index = indexOf([
    [0, 1],
    [1, 0],
    [0, 1],
    [1, 0],
    [1, 0]
  ])
  expect(searchVectors(index, new Float32Array([1, 0]), 4).map(hit => hit.row)).toEqual([
    1, 3, 4, 0
  ])
})

it('returns every row when topK exceeds them, and none for topK 0', () => {
  const index = indexOf([
    [0, 1],
    [1, 0]
  ])
  expect(searchVectors(index, new Float32Array([1, 0]), 10).map(hit => hit.row)).toEqual([1, 0])
  expect(searchVectors(index, new Float32Array([1, 0]), 0)).toEqual([])
})

it('agrees with a full sort on random vectors', () => {
  const random = seededRandom(32)
  const dimension = 16
  const index = {
    manifest: { ...manifest, model: { ...manifest.model, dimension } },
    vectors: unitVectors(random, 500, dimension)
  }
  const query = unitVectors(random, 1, dimension)
  const expected = Array.from({ length: 500 }, (_, row) => {
    let score = 0
    for (let i = 0; i < dimension; i++) score += index.vectors[row * dimension + i] * query[i]
    return { row, score }
  }).sort((a, b) => b.score - a.score || a.row - b.row)
  expect(searchVectors(index, query, 25)).toEqual(expected.slice(0, 25))
})

it('refuses a query of another dimension or a bad topK', () => {
  const index = indexOf([[1, 0]])
  expect(() => searchVectors(index, new Float32Array(3), 1)).toThrow(
    /query vector has 3 values, the index has dimension 2/
  )
  expect(() => searchVectors(index, new Float32Array(2), -1)).toThrow(RangeError)
})
