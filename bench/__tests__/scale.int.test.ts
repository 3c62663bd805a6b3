import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readVerifiedIndex } from '../../src/artifact/verify.js'
import { writeGrownIndexes } from '../grow-index.js'
import { failed } from '../scale-report.js'
import { localModel, measureScale, sameIndexFiles } from '../scale-suite.js'

const REPO = path.resolve(import.meta.dirname, '../..')
const MODEL = path.join(REPO, '.fixtures', 'tiny')
const CLI = path.join(REPO, 'lib', 'cli.js')

let work: string
let texts: Map<string, string>

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'ei-scale-bench-'))
  // Real code to copy: a few of the repository's own source files.
  const files = ['src/core/shard.ts', 'src/artifact/npy.ts', 'src/ann/hnsw.ts', 'README.md']
  texts = new Map(
    await Promise.all(
      files.map(async file => [file, await readFile(path.join(REPO, file), 'utf8')] as const)
    )
  )
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

test('grown shards hold the unsharded rows between them, and each is a valid index', async () => {
  const model = await localModel(MODEL)
  const whole = path.join(work, 'grown', 'whole')
  const shards = [1, 2, 3].map(n => path.join(work, 'grown', `shard-${n}`))
  const rows = await writeGrownIndexes({ texts, rows: 500, model, storeText: false, whole, shards })
  expect(rows).toBeGreaterThanOrEqual(500)
  const index = await readVerifiedIndex(whole)
  expect(index.rows).toHaveLength(rows)
  expect(index.manifest.store_text).toBe(false)
  expect(index.rows[0].text).toBeUndefined()
  const parts = await Promise.all(shards.map(dir => readVerifiedIndex(dir)))
  expect(parts.map(part => part.manifest.shard)).toEqual(
    [1, 2, 3].map(number => ({ number, count: 3 }))
  )
  expect(parts.reduce((sum, part) => sum + part.rows.length, 0)).toBe(rows)
  expect(parts.every(part => part.rows.length > 0)).toBe(true)
  // A row's vector is the same in its shard as in the whole index.
  const { path: first } = parts[1].rows[0]
  const at = index.rows.findIndex(row => row.path === first)
  const d = model.dimension
  expect(parts[1].vectors.subarray(0, d)).toEqual(index.vectors.subarray(at * d, (at + 1) * d))
  expect(await sameIndexFiles(whole, whole)).toBe(true)
  expect(await sameIndexFiles(whole, shards[0])).toBe(false)
})

function setup(key: string, cli = CLI) {
  return localModel(MODEL).then(model => ({
    cli,
    modelDir: MODEL,
    model,
    texts,
    work: path.join(work, key),
    queries: 12,
    recallQueries: 50,
    annMinRows: 1000
  }))
}

test('the scale suite at a tiny size: verify, query, serve and recall measured', async () => {
  const report = await measureScale(
    [
      { rows: 1500, text: true },
      { rows: 300, text: false }
    ],
    await setup('indexes')
  )
  const [withText, vectorsOnly] = report.indexes
  expect(withText.case).toBe('1500:text')
  if (failed(withText.grow)) throw new Error(withText.grow.error)
  expect(withText.grow.rows).toBeGreaterThanOrEqual(1500)
  expect(withText.grow.MB).toBeGreaterThan(0)
  for (const outcome of [withText.verify, withText.query, withText.serve, withText.recall]) {
    expect(outcome).not.toHaveProperty('error')
  }
  if (failed(withText.serve) || withText.recall === 'exact' || failed(withText.recall)) {
    throw new Error('unreachable')
  }
  expect(Object.keys(withText.serve.latency).sort()).toEqual(['hybrid', 'keyword', 'semantic'])
  expect(withText.recall.recallAt10).toBeGreaterThan(0.5)
  expect(withText.recall.queries).toBe(50)
  // The first serve is measured apart from row counts where serve would build a graph.
  expect(withText.firstServe).toHaveProperty('startSeconds')
  expect(vectorsOnly.firstServe).toBeUndefined()
  expect(vectorsOnly.recall).toBe('exact')
  if (failed(vectorsOnly.serve)) throw new Error(vectorsOnly.serve.error)
  expect(Object.keys(vectorsOnly.serve.latency)).toEqual(['semantic'])
  expect(vectorsOnly.serve.readySeconds).toBeUndefined()
  expect(report.targets.filter(t => !t.pass)).toEqual([])
})

test('the scale suite merges 4 shards in two orders, each equal to the unsharded index', async () => {
  const report = await measureScale([{ rows: 1500, text: true, shards: 4 }], await setup('merge'))
  const [merge] = report.merges
  expect(merge.case).toBe('4x1500:text')
  expect(merge.merges.map(m => (failed(m) ? m.error : m.order))).toEqual(['1..4', '4..1'])
  expect(merge.identical).toEqual({ same: true })
  expect(report.targets.filter(t => !t.pass)).toEqual([])
})

test('a command that fails is recorded by its error line, and the bench goes on', async () => {
  const failing = path.join(work, 'failing-cli.mjs')
  await writeFile(
    failing,
    "process.stderr.write('loading\\nerror: the index is too large\\n'); process.exit(1)\n"
  )
  const report = await measureScale([{ rows: 100, text: true }], await setup('failing', failing))
  const [row] = report.indexes
  expect(row.verify).toEqual({ error: 'error: the index is too large' })
  expect(row.query).toEqual({ error: 'error: the index is too large' })
  expect(row.serve).toEqual({ error: 'error: the index is too large' })
  expect(report.targets.filter(t => !t.pass).map(t => t.label)).toEqual([
    'verify at 100:text works',
    'query at 100:text works',
    'serve at 100:text works'
  ])
})
