import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { ANN_DIR, HnswIndex } from '../../src/ann/hnsw.js'
import { VectorScorer } from '../../src/serve/vector-search.js'
import { recordingLog } from '../helpers/recording-log.js'
import { removeTempDirs, sha256, tempDir, unitVectors } from '../artifact/synthetic.js'
import { encodeNpy } from '../../src/artifact/npy.js'
import { VECTORS_FILE } from '../../src/artifact/format.js'

afterAll(removeTempDirs)

const DIMENSION = 32
const random = seededRandom(22)
const vectors = unitVectors(random, 400, DIMENSION)
const row = (index: number) => vectors.subarray(index * DIMENSION, (index + 1) * DIMENSION)
const GRAPH = join(ANN_DIR, 'hnsw.usearch')

const bound = (digest: string, rows = 400) => ({ vectors: digest, rows, dimension: DIMENSION })
/** The vectors, counting the reads: a kept graph that may be used reads none. */
function counted(rows: Float32Array) {
  const reads = { count: 0 }
  return { reads, vectors: async () => (reads.count++, rows) }
}

test('the graph is built once and kept beside the index; a second keep uses it, reading no vectors', async () => {
  const dir = await tempDir()
  const first = recordingLog()
  await HnswIndex.keep(dir, bound('digest-a'), async () => vectors, first)
  expect(first.infos.join('\n')).toMatch(/building the approximate-search graph over 400 rows/)
  expect(HnswIndex.view(dir, DIMENSION).nearest(row(17), 1)[0]).toEqual({
    row: 17,
    score: expect.closeTo(1, 2)
  })

  const second = recordingLog()
  const { reads, vectors: read } = counted(vectors)
  await HnswIndex.keep(dir, bound('digest-a'), read, second)
  expect(second.lines).toEqual([])
  expect(reads.count).toBe(0)
  expect(HnswIndex.view(dir, DIMENSION).nearest(row(230), 3)[0].row).toBe(230)
})

test('a graph built for other vectors is rebuilt, with a warning', async () => {
  const dir = await tempDir()
  await HnswIndex.keep(dir, bound('digest-a'), async () => vectors, recordingLog())
  const log = recordingLog()
  const changed = unitVectors(seededRandom(5), 400, DIMENSION)
  await HnswIndex.keep(dir, bound('digest-b'), async () => changed, log)
  expect(log.warnings).toEqual([expect.stringMatching(/built for other vectors .*index changed/)])
  const query = changed.subarray(9 * DIMENSION, 10 * DIMENSION)
  expect(HnswIndex.view(dir, DIMENSION).nearest(query, 1)[0].row).toBe(9)
  // Bound now to the new digest: kept from here on.
  const again = recordingLog()
  await HnswIndex.keep(dir, bound('digest-b'), async () => changed, again)
  expect(again.lines).toEqual([])
})

test('a graph file altered since it was written is detected and rebuilt', async () => {
  const dir = await tempDir()
  await HnswIndex.keep(dir, bound('digest-a'), async () => vectors, recordingLog())
  const bytes = await readFile(join(dir, GRAPH))
  bytes[bytes.length - 5] ^= 0x40
  await writeFile(join(dir, GRAPH), bytes)
  const log = recordingLog()
  await HnswIndex.keep(dir, bound('digest-a'), async () => vectors, log)
  expect(log.warnings).toEqual([expect.stringMatching(/hnsw.usearch is missing or was altered/)])
  expect(HnswIndex.view(dir, DIMENSION).nearest(row(3), 1)[0].row).toBe(3)
  expect(await readFile(join(dir, GRAPH))).not.toEqual(bytes)
})

test('vectors of another shape than the bound names are refused, and nothing is kept', async () => {
  const dir = await tempDir()
  await expect(
    HnswIndex.keep(dir, bound('digest-a', 401), async () => vectors, recordingLog())
  ).rejects.toThrow(/hold 12800 values, not 401 rows of 32/)
  const log = recordingLog()
  const { reads, vectors: read } = counted(vectors)
  await HnswIndex.keep(dir, bound('digest-a'), read, log)
  expect(reads.count).toBe(1)
})

/** An index folder holding these vectors as its vectors.npy; the file's digest. */
async function vectorsFolder(rows: Float32Array): Promise<{ dir: string; digest: string }> {
  const dir = await tempDir()
  const bytes = encodeNpy({ rows: rows.length / DIMENSION, cols: DIMENSION, data: rows })
  await writeFile(join(dir, VECTORS_FILE), bytes)
  return { dir, digest: sha256(bytes) }
}

/** A scorer of the index in `dir` that keeps a graph from `annMinRows` rows. */
const servedScorer = (rows: Float32Array, dir: string, digest: string, annMinRows: number) =>
  new VectorScorer(rows, DIMENSION, { dir, vectorsDigest: digest, log: recordingLog() }, annMinRows)

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
  const { dir, digest } = await vectorsFolder(rows)
  const exact = servedScorer(rows, dir, digest, 601)
  const approximate = servedScorer(rows, dir, digest, 600)
  expect(await exact.graphReady).toBe(false)
  expect(await approximate.graphReady).toBe(true)
  expect(exact.approximate).toBe(false)
  expect(approximate.approximate).toBe(true)
  for (let q = 0; q < 30; q++) {
    const query = queries.subarray(q * DIMENSION, (q + 1) * DIMENSION)
    const [best] = await exact.nearest(query, 1, all)
    expect((await approximate.nearest(query, 1, all))[0].row).toBe(best.row)
  }
})

test('with a path filter the graph answers only accepted rows, and the scan when too few are', async () => {
  const { dir, digest } = await vectorsFolder(vectors)
  const scorer = servedScorer(vectors, dir, digest, 1)
  expect(await scorer.graphReady).toBe(true)
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

test('the graph is built only from vectors.npy bytes that have the digest served: other bytes build nothing, and the scan goes on', async () => {
  const { dir } = await vectorsFolder(vectors)
  const log = recordingLog()
  const scorer = new VectorScorer(
    vectors,
    DIMENSION,
    { dir, vectorsDigest: 'f'.repeat(64), log },
    1
  )
  expect(await scorer.graphReady).toBe(false)
  expect(scorer.approximate).toBe(false)
  expect(log.warnings).toEqual([
    expect.stringMatching(/approximate search is off.*vectors\.npy: checksum mismatch/)
  ])
  await expect(readFile(join(dir, GRAPH))).rejects.toThrow(/ENOENT/)
  expect((await scorer.nearest(row(40), 1, () => true))[0].row).toBe(40)
})

test('scoring vectors without an index folder keeps no graph, at any size', async () => {
  const scorer = new VectorScorer(vectors, DIMENSION, undefined, 1)
  expect(await scorer.graphReady).toBe(false)
  expect(scorer.approximate).toBe(false)
})
