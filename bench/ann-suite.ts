/**
 * `--ann ROWS,...`: approximate search libraries compared on this machine, and the ranking loss of
 * compact vectors. Vectors are synthetic (seeded): unit vectors around 1,000 centres in 384
 * dimensions, a stand-in for an embedding model's clustered output (the fixture model's vectors
 * are random, and embedding a million chunks with it would take hours here). Queries are rows of
 * the set with noise added. Throughput and memory are representative; recall depends on how
 * clustered real vectors are.
 */
import { matmul, Tensor } from '@huggingface/transformers'
import hnswlib from 'hnswlib-node'
import { Index, MetricKind, ScalarKind } from 'usearch'
import { dequantizeInt8, fromFloat16, quantizeInt8, toFloat16 } from '../src/ann/index.js'
import { TopK } from '../src/serve/top-k.js'
import { seededRandom } from '../tools/fixture-model/random.js'
import { ClusteredVectors, unitRows } from './clustered-vectors.js'
import { describeMachine, loadAverageNow, type Machine } from './machine.js'
import { progress } from './suite.js'

const DIMENSION = 384
const QUERIES = 1000
const K = 10
/** The settings src/ann/hnsw.ts uses, given to every library alike. */
const LINKS = 16
const EXPANSION_ADD = 128
const EXPANSION_SEARCH = 64

interface LibraryRow {
  library: string
  rows: number
  buildSeconds: number
  p50Ms: number
  p99Ms: number
  recallAt10: number
  /** Growth of the process's resident memory while the graph was built (MB). */
  rssMB: number
}

interface CompactRow {
  form: string
  rows: number
  bytesPerRow: number
  recallAt10: number
}

export interface AnnReport {
  machine: Machine
  libraries: LibraryRow[]
  compact: CompactRow[]
}

/** `count` rows of the set, each with noise added, as unit vectors. */
export function noisyQueries(
  vectors: Float32Array,
  dimension: number,
  count: number
): Float32Array {
  const rows = vectors.length / dimension
  const random = seededRandom(99)
  const queries = new Float32Array(count * dimension)
  for (let q = 0; q < count; q++) {
    const source = Math.floor(random() * rows) * dimension
    for (let d = 0; d < dimension; d++) {
      queries[q * dimension + d] = vectors[source + d] + (random() - 0.5) * 0.1
    }
  }
  unitRows(queries, dimension)
  return queries
}

/** The exact top-10 rows of each query by dot product, in batches of queries (one matrix product each). */
export async function exactTop(
  vectors: Float32Array,
  dimension: number,
  queries: Float32Array
): Promise<number[][]> {
  const rows = vectors.length / dimension
  const count = queries.length / dimension
  const matrix = new Tensor('float32', vectors, [rows, dimension])
  const result: number[][] = []
  const batch = Math.max(1, Math.floor(2e8 / rows))
  for (let first = 0; first < count; first += batch) {
    const size = Math.min(batch, count - first)
    // Queries as columns: [dimension, size].
    const columns = new Float32Array(dimension * size)
    for (let q = 0; q < size; q++) {
      for (let d = 0; d < dimension; d++) {
        columns[d * size + q] = queries[(first + q) * dimension + d]
      }
    }
    const scores = (await matmul(matrix, new Tensor('float32', columns, [dimension, size])))
      .data as Float32Array
    for (let q = 0; q < size; q++) {
      const best = new TopK(K)
      for (let r = 0; r < rows; r++) best.offer(r, scores[r * size + q])
      result.push(best.hits.map(hit => hit.row))
    }
  }
  return result
}

/** The share of the true top-10 rows found, over all queries. */
export function recall(found: number[][], truth: number[][]): number {
  let hits = 0
  found.forEach((rows, q) => (hits += rows.filter(row => truth[q].includes(row)).length))
  return Math.round((hits / (truth.length * K)) * 1000) / 1000
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 100) / 100
}

interface Graph {
  build(vectors: Float32Array, rows: number): void
  search(query: Float32Array): number[]
}

const LIBRARIES: Record<string, () => Graph> = {
  'usearch 2.26.2 (f16)': () => usearchGraph(ScalarKind.F16),
  'usearch 2.26.2 (i8)': () => usearchGraph(ScalarKind.I8),
  'hnswlib-node 3.0.0': () => {
    let graph: hnswlib.HierarchicalNSW
    return {
      build(vectors, rows) {
        graph = new hnswlib.HierarchicalNSW('ip', DIMENSION)
        graph.initIndex(rows, LINKS, EXPANSION_ADD, 100)
        graph.setEf(EXPANSION_SEARCH)
        for (let r = 0; r < rows; r++) {
          graph.addPoint(Array.from(vectors.subarray(r * DIMENSION, (r + 1) * DIMENSION)), r)
        }
      },
      search: query => graph.searchKnn(Array.from(query), K).neighbors
    }
  }
}

function usearchGraph(quantization: ScalarKind): Graph {
  const graph = new Index({
    dimensions: DIMENSION,
    metric: MetricKind.IP,
    quantization,
    connectivity: LINKS,
    expansion_add: EXPANSION_ADD,
    expansion_search: EXPANSION_SEARCH,
    multi: false
  })
  return {
    build(vectors, rows) {
      const keys = new BigUint64Array(rows)
      for (let r = 0; r < rows; r++) keys[r] = BigInt(r)
      graph.add(keys, vectors)
    },
    search: query => Array.from(graph.search(query, K, 1).keys, Number)
  }
}

async function compactRows(
  vectors: Float32Array,
  rows: number,
  queries: Float32Array,
  truth: number[][]
): Promise<CompactRow[]> {
  const forms: [string, number, () => Float32Array][] = [
    ['float16', DIMENSION * 2, () => fromFloat16(toFloat16(vectors))],
    ['int8, scale per dimension', DIMENSION, () => dequantizeInt8(quantizeInt8(vectors, DIMENSION))]
  ]
  const result: CompactRow[] = []
  for (const [form, bytesPerRow, decoded] of forms) {
    progress(`  exact search over ${form}`)
    const found = await exactTop(decoded(), DIMENSION, queries)
    result.push({ form, rows, bytesPerRow, recallAt10: recall(found, truth) })
  }
  return result
}

export async function runAnnBench(sizes: number[]): Promise<AnnReport> {
  const machine = describeMachine()
  const libraries: LibraryRow[] = []
  const compact: CompactRow[] = []
  for (const rows of sizes) {
    progress(`${rows} rows: vectors, then the exact top-${K} of ${QUERIES} queries`)
    const vectors = new ClusteredVectors(DIMENSION, 1).next(rows)
    const queries = noisyQueries(vectors, DIMENSION, QUERIES)
    const truth = await exactTop(vectors, DIMENSION, queries)
    compact.push(...(await compactRows(vectors, rows, queries, truth)))
    for (const [library, make] of Object.entries(LIBRARIES)) {
      progress(`  ${library}: build`)
      const graph = make()
      const rssBefore = process.memoryUsage().rss
      const started = performance.now()
      graph.build(vectors, rows)
      const buildSeconds = Math.round((performance.now() - started) / 100) / 10
      const rssMB = Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20)
      const times: number[] = []
      const found: number[][] = []
      for (let q = 0; q < QUERIES; q++) {
        const query = queries.subarray(q * DIMENSION, (q + 1) * DIMENSION)
        const start = performance.now()
        found.push(graph.search(query))
        times.push(performance.now() - start)
      }
      times.sort((a, b) => a - b)
      libraries.push({
        library,
        rows,
        buildSeconds,
        p50Ms: percentile(times, 0.5),
        p99Ms: percentile(times, 0.99),
        recallAt10: recall(found, truth),
        rssMB
      })
    }
  }
  machine.loadAverage.end = loadAverageNow()
  return { machine, libraries, compact }
}

export function renderAnnReport({ machine, libraries, compact }: AnnReport): string {
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.start} → ${machine.loadAverage.end}`,
    'vectors: synthetic, clustered (1,000 centres, 384 dimensions); queries: rows with noise',
    '',
    '| library | rows | build s | p50 ms | p99 ms | recall@10 | RSS growth MB |',
    '|---|---|---|---|---|---|---|',
    ...libraries.map(
      r =>
        `| ${r.library} | ${r.rows} | ${r.buildSeconds} | ${r.p50Ms} | ${r.p99Ms} | ${r.recallAt10} | ${r.rssMB} |`
    ),
    '',
    `| compact form | rows | bytes/row | recall@10 vs float32 (${QUERIES} queries, exact search) |`,
    '|---|---|---|---|',
    ...compact.map(r => `| ${r.form} | ${r.rows} | ${r.bytesPerRow} | ${r.recallAt10} |`)
  ].join('\n')
}
