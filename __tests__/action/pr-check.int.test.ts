/**
 * The action's PR-check path end to end, from run() with @actions/core mocked (as
 * __tests__/main.int.test.ts does): the real @actions/cache client against the cache stand-in, and
 * the real Octokit against the GitHub REST stand-in. Runs of `reindex: full` still get the prior
 * index's figures from the cache for the relative gate; its verdict reaches the job summary and
 * the sticky comment (created once, then updated); the cache cleanup deletes the superseded entry
 * of the same ref after the save.
 */
import { jest } from '@jest/globals'
import * as realCore from '@actions/core'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { indexCacheKeys } from '../../src/cache/keys.js'
import { chunkingSettings } from '../../src/chunk/file-chunker.js'
import { runSettings } from '../../src/artifact/run-settings.js'
import { pinModel, type PinnedModel } from '../../src/embed/model-source.js'
import { useCacheService } from '../cache/support.js'
import { startGitHubApi } from '../helpers/github-api.js'
import { fixtureModel } from '../helpers/model.js'
import { repoRoot } from '../helpers/run-index.js'
import { recordingLog } from '../helpers/recording-log.js'

const PR_REF = 'refs/pull/7/merge'
const work = await mkdtemp(join(tmpdir(), 'ei-pr-check-'))
const api = await startGitHubApi()

// What the runner sets for a pull_request job; @actions/github reads the event when imported.
const event = join(work, 'event.json')
await writeFile(
  event,
  JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'octo/widgets' } } } })
)
Object.assign(process.env, {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: 'octo/widgets',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  GITHUB_REF: PR_REF,
  GITHUB_API_URL: api.url,
  GITHUB_WORKFLOW: 'pr-check',
  GITHUB_JOB: 'index',
  GITHUB_WORKSPACE: join(work, 'workspace'),
  RUNNER_TEMP: join(work, 'runner-temp')
})

const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
}
let inputs: Record<string, string> = {}
/** Like the runner: an input left out is its action.yml default, or ''. */
const input = (name: string): string => inputs[name] ?? action.inputs[name]?.default ?? ''
const failures: string[] = []
const summaries: string[] = []
const log = recordingLog()

const summary = {
  addRaw(text: string) {
    summaries.push(text)
    return summary
  },
  write: async () => summary
}

jest.unstable_mockModule('@actions/core', () => ({
  ...realCore,
  getInput: input,
  getMultilineInput: (name: string) => (input(name) ? input(name).split('\n') : []),
  setOutput: () => {},
  setFailed: (message: string) => failures.push(message),
  info: log.info,
  warning: log.warning,
  startGroup: () => {},
  endGroup: () => {},
  group: <T>(_name: string, work: () => Promise<T>) => work(),
  summary
}))

const { run } = await import('../../src/main.js')
useCacheService()

let model: string
let pinned: PinnedModel

beforeAll(async () => {
  model = await fixtureModel('tiny')
  // The run's cache keys name the model by its files' digest (a local folder has no hub commit).
  pinned = await pinModel(
    { id: 'local/tiny', revision: 'main', path: model, dtype: 'fp32', hubUrl: '', cacheDir: work },
    recordingLog()
  )
  // 300 one-chunk files: enough chunks (MIN_CHUNKS_TO_COMPARE) for the relative gate to apply.
  const repo = join(work, 'workspace', 'repo')
  await mkdir(repo, { recursive: true })
  for (let i = 0; i < 300; i++) {
    await writeFile(join(repo, `note-${i}.md`), `# Note ${i}\n\nShard ${i} merges into ${i + 1}.\n`)
  }
})

afterAll(async () => {
  await api.stop()
  await rm(work, { recursive: true, force: true })
})

beforeEach(async () => {
  failures.length = 0
  summaries.length = 0
  log.warnings.length = 0
  // A fresh runner: RUNNER_TEMP starts empty.
  await rm(join(work, 'runner-temp'), { recursive: true, force: true })
})

function prCheckInputs(sha: string, changes: Record<string, string> = {}) {
  process.env.GITHUB_SHA = sha
  inputs = {
    path: 'repo',
    // One worker: with two, how many load the tiny model before the work is done varies, and
    // the gate compares the workers that ran.
    workers: '1',
    model: 'local/tiny',
    'model-path': model,
    reindex: 'full',
    'max-slowdown': '1',
    comment: 'true',
    'cache-cleanup': 'true',
    'github-token': 'job-token',
    ...changes
  }
}

const keys = (sha: string) =>
  indexCacheKeys('embed-index', {
    settings: runSettings(chunkingSettings(256, 'syntax'), pinned),
    shard: null,
    sha
  })

const comments = () => api.comments.get(7) ?? []

test('first run: the gate is not applied (no prior); the comment is created with the verdict', async () => {
  // What the REST API lists once this run has saved its entry (the cache stand-in is another).
  const saved = (id: number, sha: string, ref: string, minute: number) => ({
    id,
    key: keys(sha).key,
    ref,
    size_in_bytes: 10,
    created_at: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString()
  })
  api.caches = [
    saved(1, 'sha-0', PR_REF, 1),
    saved(2, 'sha-0', 'refs/heads/main', 1),
    saved(3, 'sha-1', PR_REF, 2)
  ]
  prCheckInputs('sha-1')
  await run()
  expect(failures).toEqual([])
  expect(summaries.join('')).toMatch(
    /^➖ `max-slowdown 1` not applied: no figures of a prior index to compare with/
  )
  expect(summaries.join('')).toContain('first run: no previous index to compare with')
  expect(summaries.join('')).toContain(
    '[workflow run](https://github.com/octo/widgets/actions/runs/42)'
  )
  expect(comments()).toHaveLength(1)
  expect(comments()[0].body).toMatch(
    /^<!-- embed-index: pr-check \/ index -->\n➖ `max-slowdown 1`/
  )
  expect(comments()[0].body).toContain(summaries.join(''))
  // The superseded entry of this ref is gone; the default branch's stays.
  expect(api.caches.map(e => `${e.ref} ${e.key}`)).toEqual([
    `refs/heads/main ${keys('sha-0').key}`,
    `${PR_REF} ${keys('sha-1').key}`
  ])
  const list = api.requests.find(r => r.route === 'list-caches')
  expect(new URL(list!.path, api.url).searchParams.get('key')).toBe(keys('sha-1').restoreKeys[0])
  expect(log.warnings).toEqual([])
})

test('a later full reindex is compared with the cached prior; the same comment is updated', async () => {
  prCheckInputs('sha-2')
  await run()
  expect(failures).toEqual([])
  const report = summaries.join('')
  expect(report).toContain('previous index')
  expect(report).toMatch(
    /^✅ `max-slowdown 1` passed: chunks\/sec [\d,.]+ against [\d,.]+ recorded with the prior index/
  )
  expect(comments()).toHaveLength(1)
  expect(comments()[0].body).toContain(report)
})

test('an incremental run reports what it changed in the index against the prior it reused', async () => {
  const repo = join(work, 'workspace', 'repo')
  await writeFile(join(repo, 'note-0.md'), '# Note 0\n\nEdited.\n')
  await rm(join(repo, 'note-1.md'))
  await writeFile(join(repo, 'note-new.md'), '# A new note\n')
  prCheckInputs('sha-3', { reindex: 'incremental' })
  await run()
  expect(failures).toEqual([])
  expect(summaries.join('')).toContain(
    '**Index changes:** files 1 added, 1 changed, 1 removed; 2 chunks embedded, 298 reused'
  )
  expect(summaries.join('')).toContain('| files removed (1) |\n|---|\n| note-1.md |')
})

test('without pull-requests: write the comment is a warning, never a failed step', async () => {
  api.faults['create-comment'] = { status: 403, message: 'Resource not accessible by integration' }
  api.faults['update-comment'] = api.faults['create-comment']
  api.faults['list-caches'] = api.faults['create-comment']
  prCheckInputs('sha-4', { 'max-slowdown': '' })
  await run()
  api.faults = {}
  expect(failures).toEqual([])
  expect(log.warnings).toEqual([
    expect.stringMatching(
      /^comment: not posted on pull request #7: HTTP 403 .*pull-requests: write/
    ),
    expect.stringMatching(
      /^cache-cleanup: superseded entries not deleted: HTTP 403 .*actions: write/
    )
  ])
})
