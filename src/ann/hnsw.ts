/**
 * An HNSW graph over an index's rows (usearch), built once per index and kept in `<index>/ann/`
 * beside it, bound to the index it was built from like every derived file: the binding records
 * the digest of the index's vectors and the graph file's own SHA-256, both checked before the
 * graph is used. A graph built for other vectors, or altered since it was written, is rebuilt
 * with a warning.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Index, MetricKind, ScalarKind } from 'usearch'
import type { Log } from '../core/index.js'
import { readJsonFile, replaceViaTemp, writeFileAtomically } from '../util/index.js'

export const ANN_DIR = 'ann'
const GRAPH_FILE = 'hnsw.usearch'
const BINDING_FILE = 'hnsw.json'

/**
 * The graph's settings: 16 links per node, beams of 128 (build) and 64 (search), HNSW's usual
 * starting point; `npm run bench -- --ann` measures their recall@10 against exact search. Vectors
 * are kept in the graph as float16, half the bytes of float32 (the bench's compact-vector table
 * measures the ranking loss).
 */
const GRAPH_SETTINGS = {
  metric: MetricKind.IP,
  quantization: ScalarKind.F16,
  connectivity: 16,
  expansion_add: 128,
  expansion_search: 64,
  multi: false
} as const

/** What a kept graph must have been built from. */
export interface GraphBound {
  /** The digest of the vectors (the manifest's checksum of vectors.npy). */
  vectors: string
  rows: number
  dimension: number
}

/** What the binding file records; any difference from the expected one means a rebuild. */
interface Binding extends GraphBound {
  /** SHA-256 of the graph file's bytes. */
  graph: string
  settings: typeof GRAPH_SETTINGS
}

export interface Neighbour {
  row: number
  /** Cosine similarity (rows and queries are unit vectors, so the inner product). */
  score: number
}

export class HnswIndex {
  private constructor(private readonly graph: Index) {}

  /**
   * Makes sure `<dir>/ann/` holds a graph bound to `bound` and intact, building it from
   * `vectors()` (read only then) when it does not. Throws when a new graph cannot be written
   * there. Building takes minutes at a million rows, on every core: a server runs this in a
   * thread of its own (../serve/graph-thread.ts) and scans exactly meanwhile.
   */
  static async keep(
    dir: string,
    bound: GraphBound,
    vectors: () => Promise<Float32Array>,
    log: Log
  ): Promise<void> {
    const folder = join(dir, ANN_DIR)
    const expected = { ...bound, settings: GRAPH_SETTINGS }
    const stale = await whyNotUsable(folder, expected)
    if (stale === undefined) return
    if (stale !== 'absent') log.warning(`rebuilding the approximate-search graph: ${stale}`)
    log.info(`building the approximate-search graph over ${bound.rows} rows (once per index)`)
    const rows = await vectors()
    if (rows.length !== bound.rows * bound.dimension) {
      throw new RangeError(
        `the vectors hold ${rows.length} values, not ${bound.rows} rows of ${bound.dimension}`
      )
    }
    const graph = newGraph(bound.dimension)
    const keys = new BigUint64Array(bound.rows)
    for (let row = 0; row < bound.rows; row++) keys[row] = BigInt(row)
    graph.add(keys, rows)
    await saveGraph(graph, folder, expected)
  }

  /**
   * The graph in `<dir>/ann/`, memory-mapped (usearch's `view`), not read into the heap. Only
   * after keep() has made sure of it.
   */
  static view(dir: string, dimension: number): HnswIndex {
    const graph = newGraph(dimension)
    graph.view(join(dir, ANN_DIR, GRAPH_FILE))
    return new HnswIndex(graph)
  }

  /** The `k` rows nearest to `query`, nearest first. */
  nearest(query: Float32Array, k: number): Neighbour[] {
    const found = this.graph.search(query, k, 1)
    return Array.from(found.keys, (key, i) => ({
      row: Number(key),
      score: 1 - found.distances[i]
    }))
  }
}

function newGraph(dimension: number): Index {
  return new Index({ dimensions: dimension, ...GRAPH_SETTINGS })
}

/** Undefined when the kept graph may be used; else why not ('absent' when there is none). */
async function whyNotUsable(
  folder: string,
  expected: Omit<Binding, 'graph'>
): Promise<string | undefined> {
  let binding: Binding
  try {
    binding = (await readJsonFile(join(folder, BINDING_FILE))) as Binding
  } catch {
    return 'absent'
  }
  const { graph, ...rest } = binding
  if (JSON.stringify(rest) !== JSON.stringify(expected)) {
    return 'it was built for other vectors or settings (the index changed)'
  }
  const actual = await fileSha256(join(folder, GRAPH_FILE)).catch(() => undefined)
  if (actual !== graph) return `${GRAPH_FILE} is missing or was altered since it was written`
  return undefined
}

/** The graph first, then the binding that names its digest: a binding never names a partial graph. */
async function saveGraph(
  graph: Index,
  folder: string,
  expected: Omit<Binding, 'graph'>
): Promise<void> {
  await mkdir(folder, { recursive: true })
  const graphPath = join(folder, GRAPH_FILE)
  await replaceViaTemp(graphPath, async temp => graph.save(temp))
  const binding: Binding = { ...expected, graph: await fileSha256(graphPath) }
  await writeFileAtomically(join(folder, BINDING_FILE), `${JSON.stringify(binding)}\n`)
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer)
  return hash.digest('hex')
}
