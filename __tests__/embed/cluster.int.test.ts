import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { embedAll, type EmbedOptions } from '../../src/embed/cluster.js'
import { loadEmbedder, type Embedder } from '../../src/embed/embedder.js'
import { resolveModel } from '../../src/embed/model-source.js'
import { loadTokenCounter } from '../../src/embed/tokenizer.js'
import type { EmbedItem } from '../../src/embed/batch-plan.js'
import type { ResolvedModel } from '../../src/embed/model-source.js'
import type { WorkerEntry } from '../../src/embed/worker-process.js'
import { fixtureModel } from '../helpers/model.js'
import { childPids } from '../helpers/processes.js'
import { recordingLog } from '../helpers/recording-log.js'
import { noStartMarker } from './fixtures/no-start-marker.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const FAULTY: WorkerEntry = { script: path.join(HERE, 'fixtures/faulty-worker.ts') }
const EXIT_AT_ONCE: WorkerEntry = { script: path.join(HERE, 'fixtures/exit-at-once.ts') }
const BATCH_SIZE = 4

let model: ResolvedModel
let count: (text: string) => number
let items: EmbedItem[]
let embedder: Embedder
/** Each text of `items` embedded alone, in this process: what every run must reproduce. */
let reference: Buffer
let markers: string
let childrenBefore: number[]

/**
 * Real text (this repository's own source), cut into pieces of a few exact token lengths so
 * that batches hold several texts, plus some of other lengths.
 */
function sourceItems(): EmbedItem[] {
  const words = readFileSync(path.resolve(HERE, '../../src/embed/cluster.ts'), 'utf8')
    .split(/\s+/)
    .filter(Boolean)
  const items: EmbedItem[] = []
  let start = 0
  while (items.length < 40 && start < words.length) {
    const target = [10, 16, 24, 7 + items.length][items.length % 4]
    let end = start + 1
    while (end < words.length && count(words.slice(start, end).join(' ')) < target) end++
    const text = words.slice(start, end).join(' ')
    if (count(text) === target)
      items.push({ text, tokens: target, label: `src/file${items.length % 7}.ts` })
    start = end
  }
  return items
}

function bytes(vectors: Float32Array): Buffer {
  return Buffer.from(vectors.buffer, vectors.byteOffset, vectors.byteLength)
}

async function embedAlone(texts: EmbedItem[]): Promise<Buffer> {
  const rows: Buffer[] = []
  for (const { text } of texts) rows.push(bytes(await embedder.embedBatch([text])))
  return Buffer.concat(rows)
}

/** items with a cue appended to item `index`'s text (see fixtures/faulty-worker.ts). */
function withCue(index: number, cue: string, label?: string): EmbedItem[] {
  return items.map((item, i) =>
    i === index ? { ...item, text: `${item.text} ${cue}`, label: label ?? item.label } : item
  )
}

function options(overrides: Partial<EmbedOptions>): EmbedOptions {
  // Without a workerEntry, the default one: src/worker.ts, under the loader `npm test` supplies.
  return { model, workers: 2, batchSize: BATCH_SIZE, ...overrides }
}

beforeAll(async () => {
  model = await resolveModel({
    id: 'tiny',
    revision: 'main',
    path: await fixtureModel('tiny'),
    commit: null,
    dtype: 'fp32',
    hubUrl: '',
    cacheDir: ''
  })
  count = await loadTokenCounter(model)
  items = sourceItems()
  embedder = await loadEmbedder(model, 1)
  reference = await embedAlone(items)
})

afterAll(() => embedder.dispose())

beforeEach(async () => {
  childrenBefore = childPids(process.pid)
  markers = await mkdtemp(path.join(tmpdir(), 'embed-faults-'))
})

afterEach(async () => {
  // No worker outlives a run, whether it succeeded or failed.
  expect(childPids(process.pid)).toEqual(childrenBefore)
  await rm(markers, { recursive: true, force: true })
})

describe('embedAll', () => {
  it('gives the same bits in-process and with 1 to 4 workers, in items order', async () => {
    // The test is only meaningful if batches hold several texts.
    expect(items.length).toBe(40)
    expect(new Set(items.map(item => item.tokens)).size).toBeLessThan(items.length / 2)

    const small = await embedAll(items, options({ batchSize: items.length }))
    expect(small.stats.workers).toBe(0)
    expect(bytes(small.vectors)).toEqual(reference)

    for (const workers of [1, 2, 3, 4]) {
      const progress: number[] = []
      const result = await embedAll(
        items,
        options({ workers, onProgress: done => progress.push(done) })
      )
      expect(result.dimension).toBe(model.dimension)
      expect(bytes(result.vectors)).toEqual(reference)
      expect(result.stats.workers).toBeGreaterThanOrEqual(1)
      expect(result.stats.workers).toBeLessThanOrEqual(workers)
      expect(result.stats.perWorker.reduce((sum, w) => sum + w.items, 0)).toBe(items.length)
      expect(progress.at(-1)).toBe(items.length)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
    }
    for (let row = 0; row < items.length; row++) {
      const vector = small.vectors.subarray(row * model.dimension, (row + 1) * model.dimension)
      expect(Math.abs(Math.hypot(...vector) - 1)).toBeLessThan(1e-6)
    }
  })

  it('replaces a worker killed mid-batch and still returns every vector, identical', async () => {
    const cued = withCue(5, `CUE-KILL-ONCE@${markers}/kill`)
    const log = recordingLog()
    const result = await embedAll(cued, options({ workerEntry: FAULTY, log }))
    expect(log.warnings.join('\n')).toMatch(/killed by SIGKILL.*running (them|each) again/)
    expect(bytes(result.vectors)).toEqual(await embedAlone(cued))
  })

  it("hands a dead worker's batches to an idle worker when its replacement cannot start", async () => {
    // Without the hand-over the run never settles: the replacement exits at start and the idle
    // worker is never asked again, so this test then fails on its timeout.
    const marker = noStartMarker(process.pid)
    try {
      const cued = withCue(5, `CUE-SLOW-KILL-ONCE@${marker}`)
      const log = recordingLog()
      const result = await embedAll(cued, options({ workerEntry: FAULTY, log }))
      expect(log.warnings.join('\n')).toMatch(/killed by SIGKILL.*running (them|each) again/)
      expect(bytes(result.vectors)).toEqual(await embedAlone(cued))
    } finally {
      await rm(marker, { recursive: true, force: true })
    }
  }, 30_000)

  it('kills a hung worker after the batch timeout and runs its batch again', async () => {
    const cued = withCue(9, `CUE-HANG-ONCE@${markers}/hang`)
    const log = recordingLog()
    const result = await embedAll(cued, options({ workerEntry: FAULTY, log, batchTimeoutMs: 2000 }))
    expect(log.warnings.join('\n')).toMatch(/did not finish a batch within 2 s.*running them again/)
    expect(bytes(result.vectors)).toEqual(await embedAlone(cued))
  })

  it('fails naming the files of a batch that kills every worker, after bounded retries', async () => {
    const log = recordingLog()
    const run = embedAll(
      withCue(3, 'CUE-EXIT', 'src/poison.ts'),
      options({ workerEntry: FAULTY, workers: 1, log })
    )
    await expect(run).rejects.toThrow(/src\/poison\.ts.*died 3 times.*exited with code 3/)
    await expect(run).rejects.not.toThrow(/out of memory/)
    // The poisoned batch is retried exactly twice; a batch that happened to be in flight beside it
    // on the same worker is retried too, as often as the timing put it there.
    const retriesOfPoison = log.warnings.filter(
      w => w.includes('running them again') && w.includes('src/poison.ts')
    )
    expect(retriesOfPoison.map(w => w.match(/attempt \d of 3/)?.[0])).toEqual([
      'attempt 2 of 3',
      'attempt 3 of 3'
    ])
  })

  it('says when workers die of running out of memory, with advice', async () => {
    const run = embedAll(
      withCue(0, 'CUE-OOM'),
      options({ workerEntry: FAULTY, workers: 1, log: recordingLog() })
    )
    await expect(run).rejects.toThrow(/heap out of memory.*fewer workers.*smaller batch size/s)
  })

  it('falls back to in-process, with a warning, when no worker can start', async () => {
    const log = recordingLog()
    const result = await embedAll(items, options({ workerEntry: EXIT_AT_ONCE, log }))
    expect(result.stats.workers).toBe(0)
    expect(bytes(result.vectors)).toEqual(reference)
    expect(log.warnings.join('\n')).toMatch(/exited with code 1.*in-process/)
  })

  it('returns nothing for no items, without loading the model', async () => {
    // A model folder that does not exist: loading it, in-process or in a worker, would fail.
    const missing = { ...model, dir: path.join(markers, 'no-such-model') }
    const result = await embedAll([], options({ model: missing }))
    expect(result.vectors.length).toBe(0)
    expect(result.stats.workers).toBe(0)
  })
})
