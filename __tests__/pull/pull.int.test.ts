import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { verifyIndex } from '../../src/artifact/verify.js'
import { pullIndex, type PullSettings } from '../../src/pull/pull.js'
import { writeTree, readTree } from '../helpers/files.js'
import {
  BAD_CREDENTIALS,
  FORBIDDEN,
  NOT_FOUND,
  startGitHubApi,
  type GitHubApiStandIn,
  type StandInArtifact
} from '../helpers/github-api.js'
import { runCli } from '../helpers/cli-process.js'
import { recordingLog } from '../helpers/recording-log.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { useTinyWorkspace } from '../helpers/workspace.js'

const space = useTinyWorkspace('ei-pull-')
let api: GitHubApiStandIn
let checkout: string
let parent: string
let head: string
/** The index CI built, zipped as actions/upload-artifact zips a folder's files. */
let zip: Uint8Array
let built: Record<string, string>
const savedToken = process.env.GITHUB_TOKEN

function git(...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: checkout, encoding: 'utf8' }
  ).trim()
}

async function zipFolder(dir: string): Promise<Uint8Array> {
  const tree = await readTree(dir)
  return zipSync(
    Object.fromEntries(
      Object.entries(tree).map(([name, b64]) => [name, Buffer.from(b64, 'base64')])
    )
  )
}

let nextId = 500
function artifact(headSha: string, fields: Partial<StandInArtifact> = {}): StandInArtifact {
  return {
    id: ++nextId,
    name: 'embed-index',
    expired: false,
    created_at: '2026-01-01T00:00:00Z',
    expires_at: '2026-04-01T00:00:00Z',
    head_sha: headSha,
    zip,
    ...fields
  }
}

function settings(index: string): PullSettings {
  return {
    root: checkout,
    index,
    repository: { owner: 'octo', repo: 'project' },
    artifact: 'embed-index',
    apiUrl: api.url,
    modelCacheDir: join(space.work, 'models')
  }
}

beforeAll(async () => {
  process.env.GITHUB_TOKEN = 'test-token'
  api = await startGitHubApi()
  checkout = join(space.work, 'checkout')
  await writeTree(checkout, {
    'a.ts': 'export function alpha(): number {\n  return 1\n}\n',
    'notes.md': '# Notes\n\nWords about the project.\n'
  })
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-q', '-m', 'first')
  parent = git('rev-parse', 'HEAD')
  await writeFile(join(checkout, 'b.ts'), 'export const beta = 2\n')
  git('add', '.')
  git('commit', '-q', '-m', 'second')
  head = git('rev-parse', 'HEAD')
  const ciIndex = join(space.work, 'ci-index')
  await indexWithFlags(
    ['--root', checkout, '--out', ciIndex, '--workers', '1', ...space.modelFlags],
    process.cwd()
  )
  zip = await zipFolder(ciIndex)
  built = await readTree(ciIndex)
})

afterAll(async () => {
  await api.stop()
  process.env.GITHUB_TOKEN = savedToken
})

beforeEach(() => {
  api.artifacts = []
  api.faults = {}
})

test('pulls the artifact of HEAD with the real Octokit, following the download redirect', async () => {
  api.artifacts = [artifact(head), artifact(parent)]
  const target = join(space.work, 'pulled-head')
  const log = recordingLog()
  const result = await pullIndex(settings(target), log)
  expect(result).toMatchObject({ commit: head, behind: 0 })
  expect(await readTree(target)).toEqual(built)
  expect(await verifyIndex(target)).toMatchObject({ ok: true })
  expect(log.infos).toContain(`pulling artifact "embed-index" of commit ${head} (HEAD)`)
  expect(api.requests.map(r => r.route)).toEqual([
    'list-artifacts',
    'download-artifact',
    'artifact-blob'
  ])
  expect(api.requests[0].authorization).toBe('token test-token')
  // The index names a local model folder: pull says how to give it to query and serve.
  expect(log.infos.at(-1)).toMatch(/^the index needs model local\/tiny .*--model-path/)
})

test('without an artifact for HEAD, the nearest ancestor’s is pulled and how far behind is said', async () => {
  api.artifacts = [artifact(parent)]
  const target = join(space.work, 'pulled-parent')
  const log = recordingLog()
  const result = await pullIndex(settings(target), log)
  expect(result).toMatchObject({ commit: parent, behind: 1 })
  expect(log.infos).toContain(
    `pulling artifact "embed-index" of commit ${parent} (1 commit behind HEAD)`
  )
  expect(await verifyIndex(target)).toMatchObject({ ok: true })
})

test("a fork's pull-request run's artifact is never taken, even for HEAD", async () => {
  api.artifacts = [artifact(head, { fromFork: true }), artifact(parent)]
  const result = await pullIndex(settings(join(space.work, 'pulled-not-fork')), recordingLog())
  expect(result).toMatchObject({ commit: parent, behind: 1 })
})

test("the repository defaults to origin's, when origin is a GitHub URL", async () => {
  git('remote', 'add', 'origin', 'git@github.com:octo/from-origin.git')
  try {
    api.artifacts = [artifact(head)]
    const fromOrigin = { ...settings(join(space.work, 'pulled-origin')), repository: undefined }
    await pullIndex(fromOrigin, recordingLog())
    expect(api.requests.at(-3)?.path).toMatch(/^\/repos\/octo\/from-origin\/actions\/artifacts\?/)
  } finally {
    git('remote', 'remove', 'origin')
  }
})

test('the CLI pulls into .embed-index, where query looks without --index', async () => {
  api.artifacts = [artifact(head)]
  const cwd = join(space.work, 'cli-cwd')
  await mkdir(cwd)
  const pulled = await runCli(
    ['pull', '--root', checkout, '--repo', 'octo/project', '--api-url', api.url],
    cwd,
    { GITHUB_TOKEN: 'test-token' }
  )
  expect(pulled.stderr).toContain(`(HEAD)`)
  expect(pulled.code).toBe(0)
  expect(await readTree(join(cwd, '.embed-index'))).toEqual(built)
  const query = await runCli(
    ['query', '--root', checkout, '--text', 'alpha', '--mode', 'keyword', ...space.modelFlags],
    cwd
  )
  expect(query.code).toBe(0)
  expect(query.stdout).toContain('a.ts:1-3')
})

test('query without --index, where nothing was pulled, says to pull', async () => {
  const cwd = join(space.work, 'nothing-pulled')
  await mkdir(cwd)
  const query = await runCli(['query', '--text', 'alpha'], cwd)
  expect(query.code).toBe(1)
  expect(query.stderr).toBe(
    `error: no index in ${join(cwd, '.embed-index')}, where query looks without --index: fetch the one CI built with \`embed-index pull\`, or name one with --index DIR\n`
  )
})

describe('a failed pull says why in one line and leaves the index in place', () => {
  const target = () => join(space.work, 'kept')
  let before: Record<string, string>

  beforeAll(async () => {
    api.artifacts = [artifact(head)]
    await pullIndex(settings(target()), recordingLog())
    before = await readTree(target())
  })

  async function failsWith(pattern: RegExp): Promise<void> {
    const error = await pullIndex(settings(target()), recordingLog()).then(
      () => new Error('pull succeeded'),
      (e: unknown) => e as Error
    )
    expect(error.message).toMatch(pattern)
    expect(error.message).not.toContain('\n')
    expect(await readTree(target())).toEqual(before)
  }

  test('401: the token was refused', async () => {
    api.artifacts = [artifact(head)]
    api.faults['list-artifacts'] = BAD_CREDENTIALS
    await failsWith(/HTTP 401 .*token was refused/)
  })

  test('403: names the permission', async () => {
    api.artifacts = [artifact(head)]
    api.faults['list-artifacts'] = FORBIDDEN
    await failsWith(/HTTP 403 .*actions: read/)
  })

  test('404 on the repository', async () => {
    api.faults['list-artifacts'] = NOT_FOUND
    await failsWith(/HTTP 404 .*no such repository/)
  })

  test('no artifact for HEAD or any ancestor', async () => {
    api.artifacts = [artifact('0'.repeat(40))]
    await failsWith(/^no artifact named "embed-index" in octo\/project for HEAD or its 1 nearest/)
  })

  test('an expired artifact', async () => {
    api.artifacts = [artifact(head, { expired: true })]
    await failsWith(
      new RegExp(`artifact "embed-index" of commit ${head} \\(HEAD\\) expired on 2026-04-01`)
    )
  })

  test('a corrupt zip', async () => {
    api.artifacts = [artifact(head, { zip: zip.slice(0, Math.floor(zip.length / 2)) })]
    await failsWith(/^the artifact (is not a readable zip|'s index fails verification)/)
  })

  test('an index that fails verification', async () => {
    const vectors = join(space.work, 'ci-index', 'vectors.npy')
    const bytes = Buffer.from(await readFile(vectors))
    bytes[bytes.length - 1] ^= 0xff
    const tampered = zipSync({
      'manifest.json': Buffer.from(built['manifest.json'], 'base64'),
      'chunks.jsonl': Buffer.from(built['chunks.jsonl'], 'base64'),
      'vectors.npy': bytes
    })
    api.artifacts = [artifact(head, { zip: tampered })]
    await failsWith(/^the artifact's index fails verification .*the index in .* is left as it was$/)
  })

  test('an entry that is not an index file', async () => {
    api.artifacts = [artifact(head, { zip: zipSync({ '../escape.txt': Buffer.from('x') }) })]
    await failsWith(/^the artifact holds "..\/escape.txt", not an index file$/)
  })
})
