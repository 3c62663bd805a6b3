import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { ANN_DIR, HnswIndex } from '../../src/ann/hnsw.js'
import { VectorScorer } from '../../src/serve/vector-search.js'
import { recordingLog } from '../helpers/recording-log.js'
import { removeTempDirs, tempDir, unitVectors } from '../artifact/synthetic.js'

afterAll(removeTempDirs)

const DIMENSION = 32
const random = seededRandom(22)
const vectors = unitVectors(random, 400, DIMENSION)
const row = (index: number) => vectors.subarray(index * DIMENSION, (index + 1) * DIMENSION)
const GRAPH = join(ANN_DIR, 'hnsw.usearch')

test('the graph is built once and kept beside the index; a second open uses it', async () => {
  const dir = await tempDir()
  const first = recordingLog()
  const built = await HnswIndex.open(dir, vectors, DIMENSION, 'digest-a', first)
  expect(first.infos.join('\n')).toMatch(/building the approximate-search graph over 400 rows/)
  expect(built.nearest(row(17), 1)[0]).toEqual({ row: 17, score: expect.closeTo(1, 2) })

  const second = recordingLog()
  const kept = await HnswIndex.open(dir, vectors, DIMENSION, 'digest-a', second)
  expect(second.lines).toEqual([])
  expect(kept.nearest(row(230), 3).map(hit => hit.row)[0]).toBe(230)
})

test('a graph built for other vectors is rebuilt, with a warning', async () => {
  const dir = await tempDir()
  await HnswIndex.open(dir, vectors, DIMENSION, 'digest-a', recordingLog())
  const log = recordingLog()
  const changed = unitVectors(seededRandom(5), 400, DIMENSION)
  const rebuilt = await HnswIndex.open(dir, changed, DIMENSION, 'digest-b', log)
  expect(log.warnings).toEqual([expect.stringMatching(/built for other vectors .*index changed/)])
  const query = changed.subarray(9 * DIMENSION, 10 * DIMENSION)
  expect(rebuilt.nearest(query, 1)[0].row).toBe(9)
  // Bound now to the new digest: kept from here on.
  const again = recordingLog()
  await HnswIndex.open(dir, changed, DIMENSION, 'digest-b', again)
  expect(again.lines).toEqual([])
})

test('a graph file altered since it was written is detected and rebuilt', async () => {
  const dir = await tempDir()
  await HnswIndex.open(dir, vectors, DIMENSION, 'digest-a', recordingLog())
  const bytes = await readFile(join(dir, GRAPH))
  bytes[bytes.length - 5] ^= 0x40
  await writeFile(join(dir, GRAPH), bytes)
  const log = recordingLog()
  const rebuilt = await HnswIndex.open(dir, vectors, DIMENSION, 'digest-a', log)
  expect(log.warnings).toEqual([expect.stringMatching(/hnsw.usearch is missing or was altered/)])
  expect(rebuilt.nearest(row(3), 1)[0].row).toBe(3)
  expect(await readFile(join(dir, GRAPH))).not.toEqual(bytes)
})

/** Rows around a few centres: a set on which approximate and exact search agree on the best. */
function clustered(centres: number, perCentre: number): Float32Array {
  const noise = seededRandom(3)
  const middles = unitVectors(noise, centres, DIMENSION)
  const rows = new Float32Array(centres * perCentre * DIMENSION)
  for (let r = 0; r < centres * perCentre; r++) {
    let norm = 0
    for (let d = 0; d < DIMENSION; d++) {
      const value = middles[(r % centres) * DIMENSION + d] + (noise() - 0.5) * 0.3
      rows[r * DIMENSION + d] = value
      norm += value * value
    }
    for (let d = 0; d < DIMENSION; d++) rows[r * DIMENSION + d] /= Math.sqrt(norm)
  }
  return rows
}

/** `count` rows of `rows`, spread over the set, each moved a little. */
function nearRows(rows: Float32Array, count: number): Float32Array {
  const noise = seededRandom(4)
  const total = rows.length / DIMENSION
  const queries = new Float32Array(count * DIMENSION)
  for (let q = 0; q < count; q++) {
    const from = Math.floor((q * total) / count) * DIMENSION
    for (let d = 0; d < DIMENSION; d++) {
      queries[q * DIMENSION + d] = rows[from + d] + (noise() - 0.5) * 0.02
    }
  }
  return queries
}

test('below the row threshold the scan answers; from it on the graph, with the same best row', async () => {
  const rows = clustered(10, 60)
  // Rows with a little noise: each has one clear best row, which float16 rounding inside the graph
  // cannot swap with a near tie (random directions would have several rows nearly as close).
  const queries = nearRows(rows, 30)
  const all = () => true
  const dir = await tempDir()
  const exact = await VectorScorer.open(dir, rows, DIMENSION, 'd', recordingLog(), 601)
  const approximate = await VectorScorer.open(dir, rows, DIMENSION, 'd', recordingLog(), 600)
  expect(exact.approximate).toBe(false)
  expect(approximate.approximate).toBe(true)
  for (let q = 0; q < 30; q++) {
    const query = queries.subarray(q * DIMENSION, (q + 1) * DIMENSION)
    const [best] = await exact.nearest(query, 1, all)
    expect((await approximate.nearest(query, 1, all))[0].row).toBe(best.row)
  }
})

test('with a path filter the graph answers only accepted rows, and the scan when too few are', async () => {
  const dir = await tempDir()
  const scorer = await VectorScorer.open(dir, vectors, DIMENSION, 'd', recordingLog(), 1)
  const even = (r: number) => r % 2 === 0
  const hits = await scorer.nearest(row(40), 5, even)
  expect(hits).toHaveLength(5)
  expect(hits.every(hit => even(hit.row))).toBe(true)
  expect(hits[0].row).toBe(40)
  // One accepted row in 400: the graph's candidates miss it, the scan finds it.
  expect(await scorer.nearest(row(40), 1, r => r === 391)).toEqual([
    { row: 391, score: expect.any(Number) }
  ])
})
