import { copyFile, cp, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadEmbedder } from '../../src/embed/embedder.js'
import { fuseModel, probeMismatch } from '../../src/embed/fused-model.js'
import { resolveModel, type ResolvedModel } from '../../src/embed/model-source.js'
import type { WeightLayout } from '../../tools/fixture-model/bert-graph.js'
import { fixtureModel } from '../helpers/model.js'
import { recordingLog } from '../helpers/recording-log.js'

let cacheDir: string

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'fused-model-'))
})

afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true })
})

async function q8Model(dir: string): Promise<ResolvedModel> {
  return resolveModel({
    id: 'tiny',
    revision: 'main',
    commit: null,
    path: dir,
    dtype: 'q8',
    hubUrl: '',
    cacheDir
  })
}

const TEXTS = ['export const answer = 42', 'a longer text '.repeat(30), 'x']

async function embed(model: ResolvedModel): Promise<Float32Array> {
  const embedder = await loadEmbedder(model, 1)
  try {
    return await embedder.embedBatch(TEXTS)
  } finally {
    await embedder.dispose()
  }
}

describe.each<[Exclude<WeightLayout, 'fp32'>, string]>([
  ['dynamic-quantize-matmul', 'bias ×'],
  ['matmul-integer', 'matmul-integer ×']
])('fuseModel on the %s layout', (layout, fusion) => {
  it('loads a rewritten encoder that gives the original vectors bit for bit', async () => {
    const model = await q8Model(await fixtureModel('tiny', true, layout))
    const log = recordingLog()
    const fused = await fuseModel(model, cacheDir, log)
    expect(fused.encoderDir).toBeDefined()
    expect(fused.encoderDir?.startsWith(path.join(cacheDir, 'fused'))).toBe(true)
    expect(log.lines.join('\n')).toContain(fusion)
    const [before, after] = [await embed(model), await embed(fused)]
    expect(Buffer.from(after.buffer).equals(Buffer.from(before.buffer))).toBe(true)
  })

  it('reuses the cached file on the next load instead of rewriting again', async () => {
    const model = await q8Model(await fixtureModel('tiny', true, layout))
    const first = await fuseModel(model, cacheDir, recordingLog())
    const file = path.join(first.encoderDir ?? '', 'onnx', 'model_quantized.onnx')
    const written = await stat(file)
    const log = recordingLog()
    const second = await fuseModel(model, cacheDir, log)
    expect(second.encoderDir).toBe(first.encoderDir)
    expect(log.lines.join('\n')).toContain('(cached)')
    expect((await stat(file)).mtimeMs).toBe(written.mtimeMs)
    expect((await stat(file)).ino).toBe(written.ino)
  })
})

describe('fuseModel fallbacks', () => {
  it('uses a q8 model its fusions do not match as it is, and says so', async () => {
    // A q8 file with no quantised products: the fp32 graph under the q8 name.
    const dir = path.join(cacheDir, 'model')
    await cp(await fixtureModel('tiny'), dir, { recursive: true })
    await copyFile(
      path.join(dir, 'onnx', 'model.onnx'),
      path.join(dir, 'onnx', 'model_quantized.onnx')
    )
    const model = await q8Model(dir)
    const log = recordingLog()
    expect(await fuseModel(model, cacheDir, log)).toEqual(model)
    expect(log.lines.join('\n')).toMatch(/: no fusion applies; model used as it is$/)
    // The verdict is cached too: the next load reads it instead of parsing the model again.
    const again = recordingLog()
    expect(await fuseModel(model, cacheDir, again)).toEqual(model)
    expect(again.lines.join('\n')).toMatch(/\(cached\): no fusion applies/)
  })

  it('the probe tells encoders that give other vectors apart', async () => {
    const model = await q8Model(await fixtureModel('tiny', true))
    const other = await q8Model(await fixtureModel('tiny', true, 'matmul-integer'))
    expect(await probeMismatch(model, model)).toBeUndefined()
    expect(await probeMismatch(model, other)).toMatch(/numbers differ/)
  })
})
