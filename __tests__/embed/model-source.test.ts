import { mkdtemp, readdir, rm, cp, access } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ModelConfig } from '../../src/embed/model-source.js'
import { loadEmbedder } from '../../src/embed/embedder.js'
import { modelCacheDir, modelFiles, resolveModel } from '../../src/embed/model-source.js'
import { startHubServer, type HubServer } from '../helpers/hub-server.js'
import { fixtureModel } from '../helpers/model.js'

const ID = 'fixture-org/tiny-bert'
const REVISION = 'v1.0'

let work: string
let hub: HubServer

beforeAll(async () => {
  hub = await startHubServer(ID, REVISION, await fixtureModel('tiny'))
})
afterAll(() => hub.close())
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'embed-model-source-'))
  hub.requests.length = 0
  hub.cutFile = undefined
})
afterEach(() => rm(work, { recursive: true, force: true }))

function hubConfig(overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    id: ID,
    revision: REVISION,
    dtype: 'fp32',
    hubUrl: hub.url,
    cacheDir: path.join(work, 'cache'),
    ...overrides
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('modelFiles', () => {
  it('names the weights of the chosen dtype', () => {
    expect(modelFiles('fp32')).toContain('onnx/model.onnx')
    expect(modelFiles('q8')).toContain('onnx/model_quantized.onnx')
    expect(modelFiles('q8')).not.toContain('onnx/model.onnx')
  })
})

describe('resolveModel with model-path', () => {
  it('uses the folder as it is and reads the dimension from config.json', async () => {
    const dir = await fixtureModel('tiny')
    const model = await resolveModel({ ...hubConfig(), path: dir })
    expect(model).toEqual({ dir, id: ID, revision: REVISION, dtype: 'fp32', dimension: 32 })
    expect(hub.requests).toEqual([])
  })

  it('names the missing files and the folder', async () => {
    const dir = path.join(work, 'partial-model')
    await cp(await fixtureModel('tiny'), dir, { recursive: true })
    await rm(path.join(dir, 'tokenizer.json'))
    await expect(resolveModel({ ...hubConfig(), path: dir })).rejects.toThrow(
      new RegExp(`${dir}.*tokenizer\\.json`)
    )
    // A folder with only fp32 weights cannot serve q8.
    await expect(
      resolveModel({ ...hubConfig(), path: await fixtureModel('tiny'), dtype: 'q8' })
    ).rejects.toThrow(/onnx\/model_quantized\.onnx/)
  })
})

describe('resolveModel from a hub', () => {
  it('downloads into the cache dir once; a second resolve makes no request', async () => {
    const model = await resolveModel(hubConfig())
    expect(model.dir).toBe(modelCacheDir(hubConfig()))
    expect(model.dir.startsWith(path.join(work, 'cache'))).toBe(true)
    expect(await listFiles(model.dir)).toEqual([...modelFiles('fp32')].sort())
    expect(hub.requests.sort()).toEqual(
      modelFiles('fp32')
        .map(file => `/${ID}/resolve/${REVISION}/${file}`)
        .sort()
    )

    hub.requests.length = 0
    const again = await resolveModel(hubConfig())
    expect(again).toEqual(model)
    expect(hub.requests).toEqual([])

    const embedder = await loadEmbedder(model, 1)
    expect((await embedder.embedBatch(['downloaded model works'])).length).toBe(32)
    await embedder.dispose()
  })

  it('leaves nothing loadable behind when a download is cut halfway, and completes later', async () => {
    hub.cutFile = 'onnx/model.onnx'
    await expect(resolveModel(hubConfig())).rejects.toThrow(/onnx\/model\.onnx/)
    const dir = modelCacheDir(hubConfig())
    const left = await listFiles(dir)
    expect(left).not.toContain('onnx/model.onnx')
    expect(left.every(file => modelFiles('fp32').includes(file))).toBe(true)
    await expect(resolveModel({ ...hubConfig(), path: dir })).rejects.toThrow(/onnx\/model\.onnx/)

    hub.cutFile = undefined
    hub.requests.length = 0
    await resolveModel(hubConfig())
    // Only what was missing is fetched.
    expect(hub.requests).toEqual([`/${ID}/resolve/${REVISION}/onnx/model.onnx`])
    await expect(access(path.join(dir, 'onnx/model.onnx'))).resolves.toBeUndefined()
  })

  it('explains how to work without the hub when it cannot be reached', async () => {
    const closedPort = await new Promise<number>(resolve => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    const attempt = resolveModel(hubConfig({ hubUrl: `http://127.0.0.1:${closedPort}` }))
    await expect(attempt).rejects.toThrow(/model-path.*hub-url/s)
  })

  it('says so when the model is not on the hub', async () => {
    await expect(resolveModel(hubConfig({ id: 'fixture-org/absent' }))).rejects.toThrow(/HTTP 404/)
  })
})
