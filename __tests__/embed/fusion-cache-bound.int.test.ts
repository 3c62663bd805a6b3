/**
 * The q8 rewrite cache is checked when loaded, not only when made: a rewritten file altered after
 * the probe accepted it (a poisoned cache entry, a shared cache folder) is not used.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadEmbedder } from '../../src/embed/embedder.js'
import { fuseModel } from '../../src/embed/fused-model.js'
import { resolveModel, type ResolvedModel } from '../../src/embed/model-source.js'
import { fixtureModel } from '../helpers/model.js'

let cacheDir: string

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'fusion-cache-'))
})

afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true })
})

async function embed(model: ResolvedModel): Promise<Buffer> {
  const embedder = await loadEmbedder(model, 1)
  try {
    const vectors = await embedder.embedBatch([
      'export const answer = 42',
      'a longer text '.repeat(30)
    ])
    return Buffer.from(vectors.buffer)
  } finally {
    await embedder.dispose()
  }
}

test('an altered rewritten file is not loaded: the original model is used, with a warning', async () => {
  const model = await resolveModel({
    id: 'tiny',
    revision: 'main',
    commit: null,
    path: await fixtureModel('tiny', true),
    dtype: 'q8',
    hubUrl: '',
    cacheDir
  })
  const first = await fuseModel(model, cacheDir, { info: () => {}, warning: () => {} })
  expect(first.encoderDir).toBeDefined()
  const rewritten = path.join(first.encoderDir!, 'onnx', 'model_quantized.onnx')
  // One byte in the middle of the file, where the weights are: other vectors, or no model at all.
  const bytes = await readFile(rewritten)
  bytes[bytes.length >> 1] ^= 0xff
  await writeFile(rewritten, bytes)

  const warnings: string[] = []
  const second = await fuseModel(model, cacheDir, {
    info: () => {},
    warning: message => warnings.push(message)
  })
  expect(second.encoderDir).toBeUndefined()
  expect(warnings).toEqual([expect.stringMatching(/is not the file the probe accepted/)])
  expect((await embed(second)).equals(await embed(model))).toBe(true)
})
