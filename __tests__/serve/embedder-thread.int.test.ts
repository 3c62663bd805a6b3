import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadEmbedder } from '../../src/embed/embedder.js'
import { EmbedderThread } from '../../src/serve/embedder-thread.js'
import { tinyResolvedModel } from '../helpers/model.js'

let cacheDir: string

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'embedder-thread-'))
})

afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true })
})

const TEXTS = ['export const answer = 42', 'a longer text '.repeat(30), 'x', 'def parse(line):']

test.each(['fp32', 'q8'] as const)(
  'a %s model in its own thread gives the vectors loadEmbedder gives here, bit for bit',
  async dtype => {
    const model = await tinyResolvedModel(dtype)
    const here = await loadEmbedder(model, 1)
    const thread = await new EmbedderThread().load(model, 1)
    try {
      const [expected, actual] = [await here.embedBatch(TEXTS), await thread.embedBatch(TEXTS)]
      expect(actual.length).toBe(TEXTS.length * model.dimension)
      expect(Buffer.from(actual.buffer).equals(Buffer.from(expected.buffer))).toBe(true)
      // Calls in flight together are answered each with its own texts' vectors.
      const one = await Promise.all(TEXTS.map(text => thread.embedBatch([text])))
      one.forEach((vector, i) =>
        expect(Array.from(vector)).toEqual(
          Array.from(expected.subarray(i * model.dimension, (i + 1) * model.dimension))
        )
      )
    } finally {
      await here.dispose()
      await thread.dispose()
    }
  }
)

test('a model that cannot load rejects the load with the reason, and the thread ends', async () => {
  const model = await tinyResolvedModel('fp32')
  const broken = path.join(cacheDir, 'broken')
  await rm(broken, { recursive: true, force: true })
  await cp(model.dir, broken, { recursive: true })
  await writeFile(path.join(broken, 'onnx', 'model.onnx'), 'not an ONNX graph')
  await expect(new EmbedderThread().load({ ...model, dir: broken }, 1)).rejects.toThrow(
    /model\.onnx|protobuf|Load model/i
  )
})

test('a disposed model refuses to embed, naming why', async () => {
  const thread = await new EmbedderThread().load(await tinyResolvedModel('fp32'), 1)
  await thread.dispose()
  await expect(thread.embedBatch(['x'])).rejects.toThrow('the model was disposed of')
})
