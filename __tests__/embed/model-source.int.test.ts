import { mkdtemp, readdir, rm, cp, access } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PinnedModel } from '../../src/embed/model-source.js'
import type { ModelConfig } from '../../src/core/model.js'
import { loadEmbedder } from '../../src/embed/embedder.js'
import { modelCacheDir, modelFiles, pinModel, resolveModel } from '../../src/embed/model-source.js'
import { startHubServer, type HubServer } from '../helpers/hub-server.js'
import { fixtureModel } from '../helpers/model.js'
import { recordingLog } from '../helpers/recording-log.js'

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
  hub.authorizations.length = 0
  hub.cutFile = undefined
  hub.sendCommit = true
  hub.token = undefined
  log.warnings.length = 0
})
afterEach(() => rm(work, { recursive: true, force: true }))

const log = recordingLog()

/** The hub model, pinned to the commit its revision is now. */
async function pinned(overrides: Partial<ModelConfig> = {}): Promise<PinnedModel> {
  return pinModel(hubConfig(overrides), log)
}

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
    const local = await pinModel({ ...hubConfig(), path: dir }, log)
    expect(local.commit).toBeNull()
    const model = await resolveModel(local)
    expect(model).toEqual({
      dir,
      id: ID,
      revision: REVISION,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      commit: null,
      dtype: 'fp32',
      dimension: 32
    })
    expect(hub.requests).toEqual([])
  })

  it('names the missing files and the folder', async () => {
    const dir = path.join(work, 'partial-model')
    await cp(await fixtureModel('tiny'), dir, { recursive: true })
    await rm(path.join(dir, 'tokenizer.json'))
    await expect(resolveModel({ ...hubConfig(), path: dir, commit: null })).rejects.toThrow(
      new RegExp(`${dir}.*tokenizer\\.json`)
    )
    // A folder with only fp32 weights cannot serve q8.
    await expect(
      resolveModel({ ...hubConfig(), path: await fixtureModel('tiny'), dtype: 'q8', commit: null })
    ).rejects.toThrow(/onnx\/model_quantized\.onnx/)
  })
})

describe('resolveModel from a hub', () => {
  it('pins the revision to the commit the hub serves and downloads that commit once', async () => {
    const model = await pinned()
    expect(model.commit).toBe(hub.commit)
    expect(hub.requests).toEqual([`HEAD /${ID}/resolve/${REVISION}/config.json`])
    hub.requests.length = 0
    const resolved = await resolveModel(model)
    expect(resolved.commit).toBe(hub.commit)
    expect(resolved.dir).toBe(modelCacheDir(model))
    expect(resolved.dir).toBe(path.join(work, 'cache', ID, hub.commit))
    expect(await listFiles(resolved.dir)).toEqual([...modelFiles('fp32')].sort())
    // Every file from the commit itself, never the revision a push could move meanwhile.
    expect(hub.requests.sort()).toEqual(
      modelFiles('fp32')
        .map(file => `/${ID}/resolve/${hub.commit}/${file}`)
        .sort()
    )

    hub.requests.length = 0
    const again = await resolveModel(model)
    expect(again).toEqual(resolved)
    expect(hub.requests).toEqual([])

    const embedder = await loadEmbedder(resolved, 1)
    expect((await embedder.embedBatch(['downloaded model works'])).length).toBe(32)
    await embedder.dispose()
  })

  it('leaves nothing loadable behind when a download is cut halfway, and completes later', async () => {
    hub.cutFile = 'onnx/model.onnx'
    const model = await pinned()
    await expect(resolveModel(model)).rejects.toThrow(/onnx\/model\.onnx/)
    const dir = modelCacheDir(model)
    const left = await listFiles(dir)
    expect(left).not.toContain('onnx/model.onnx')
    expect(left.every(file => modelFiles('fp32').includes(file))).toBe(true)
    await expect(resolveModel({ ...model, path: dir })).rejects.toThrow(/onnx\/model\.onnx/)

    hub.cutFile = undefined
    hub.requests.length = 0
    await resolveModel(model)
    // Only what was missing is fetched.
    expect(hub.requests).toEqual([`/${ID}/resolve/${hub.commit}/onnx/model.onnx`])
    await expect(access(path.join(dir, 'onnx/model.onnx'))).resolves.toBeUndefined()
  })

  it('explains how to work without the hub when it cannot be reached', async () => {
    const closedPort = await new Promise<number>(resolve => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number }
        server.close(() => resolve(port))
      })
    })
    const attempt = pinned({ hubUrl: `http://127.0.0.1:${closedPort}` })
    await expect(attempt).rejects.toThrow(/ECONNREFUSED.*model-path.*hub-url/s)

    // Once a run resolved the revision, a run without the hub uses that commit, and says so.
    const online = await pinned()
    const offline = await pinned({ hubUrl: `http://127.0.0.1:${closedPort}` })
    expect(offline.commit).toBe(online.commit)
    expect(log.warnings.join('\n')).toMatch(/could not ask .* which commit .* using [0-9a-f]{40}/)
  })

  it('says so when the model is not on the hub', async () => {
    await expect(pinned({ id: 'fixture-org/absent' })).rejects.toThrow(/HTTP 404/)
  })

  it('a mirror that does not name the commit leaves the model unpinned, with a warning', async () => {
    hub.sendCommit = false
    const model = await pinned()
    expect(model.commit).toBeNull()
    expect(log.warnings.join('\n')).toMatch(
      /did not say which commit .* name a commit in model-revision/
    )
    hub.requests.length = 0
    const resolved = await resolveModel(model)
    expect(resolved.dir).toBe(path.join(work, 'cache', ID, REVISION))
    expect(hub.requests.every(url => url.startsWith(`/${ID}/resolve/${REVISION}/`))).toBe(true)
  })

  it('a full commit id as the revision is the commit, with no request to ask', async () => {
    const model = await pinModel(hubConfig({ revision: hub.commit }), log)
    expect(model.commit).toBe(hub.commit)
    expect(hub.requests).toEqual([])
  })

  it('sends HF_TOKEN as a bearer token for a gated model and never shows it', async () => {
    const secret = 'hf_' + 'x'.repeat(30)
    hub.token = secret
    const saved = process.env.HF_TOKEN
    try {
      delete process.env.HF_TOKEN
      const refused = await pinned().catch((error: Error) => error)
      expect(String(refused)).toMatch(/HTTP 401.*HF_TOKEN/)
      process.env.HF_TOKEN = secret
      const model = await resolveModel(await pinned())
      expect(model.commit).toBe(hub.commit)
      expect(hub.authorizations.filter(a => a === `Bearer ${secret}`)).toHaveLength(5)
      hub.token = 'another'
      const wrong = await pinned({ cacheDir: path.join(work, 'other-cache') }).catch(
        (error: Error) => error
      )
      expect(String(wrong)).toMatch(/HTTP 401.*HF_TOKEN.*refused/)
      expect(`${String(refused)} ${String(wrong)} ${log.warnings.join(' ')}`).not.toContain(secret)
    } finally {
      if (saved === undefined) delete process.env.HF_TOKEN
      else process.env.HF_TOKEN = saved
    }
  })
})
