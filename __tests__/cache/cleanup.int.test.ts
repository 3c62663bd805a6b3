/**
 * The cache cleanup, with the real Octokit of @actions/github against a local stand-in for the
 * Actions cache REST endpoints: it deletes exactly the superseded prior-index entries (same ref,
 * same settings, another commit), never this commit's, another branch's or other settings', and
 * a token without `actions: write` gives a warning.
 */
import { recordingLog } from '../helpers/recording-log.js'
import { githubClient } from '../../src/github/client.js'
import { cleanUpSupersededEntries, deleteSupersededEntries } from '../../src/cache/cleanup.js'
import { indexCacheKeys } from '../../src/cache/keys.js'
import { chunkingSettings } from '../../src/chunk/file-chunker.js'
import { runSettings } from '../../src/artifact/run-settings.js'
import {
  FORBIDDEN,
  startGitHubApi,
  type GitHubApiStandIn,
  type StandInCacheEntry
} from '../helpers/github-api.js'

let api: GitHubApiStandIn
const repository = { owner: 'octo', repo: 'widgets' }
const MAIN = 'refs/heads/main'
const PR = 'refs/pull/7/merge'

const model = {
  id: 'Xenova/all-MiniLM-L6-v2',
  revision: 'main',
  commit: null,
  dtype: 'fp32' as const
}
const keysOf = (sha: string) =>
  indexCacheKeys('embed-index', {
    settings: runSettings(chunkingSettings(256, 'syntax'), model),
    shard: null,
    sha
  })
const prefix = keysOf('x').restoreKeys[0]
const otherSettings = indexCacheKeys('embed-index', {
  settings: runSettings(chunkingSettings(256, 'syntax'), { ...model, dtype: 'q8' }),
  shard: null,
  sha: 'c1'
})

let nextId = 1
/** An entry saved a minute after the one made before it. */
function entry(key: string, ref: string, size = 1_000_000): StandInCacheEntry {
  const id = nextId++
  const created_at = new Date(Date.UTC(2026, 0, 1) + id * 60_000).toISOString()
  return { id, key, ref, size_in_bytes: size, created_at }
}

beforeAll(async () => {
  api = await startGitHubApi()
})

afterAll(async () => {
  await api.stop()
})

beforeEach(() => {
  api.requests.length = 0
  api.caches = []
  api.faults = {}
  api.ignoreCacheFilters = false
})

const client = () => githubClient('test-token', { baseUrl: api.url })
const keys = () => api.caches.map(e => `${e.ref} ${e.key}`).sort()

test("deletes the same branch's entries saved before ours, and nothing else", async () => {
  const keep = keysOf('c3').key
  api.caches = [
    entry(keysOf('c1').key, PR),
    entry(keysOf('c2').key, PR),
    entry(keep, PR),
    entry(keysOf('c0').key, MAIN),
    entry(otherSettings.key, PR),
    entry('embed-index-model-linux-Xenova/all-MiniLM-L6-v2-main-fp32', PR)
  ]
  const deleted = await deleteSupersededEntries(client(), repository, {
    keyPrefix: prefix,
    keep,
    ref: PR
  })
  expect(deleted.map(d => d.key).sort()).toEqual([keysOf('c1').key, keysOf('c2').key].sort())
  expect(keys()).toEqual(
    [
      `${PR} ${keep}`,
      `${MAIN} ${keysOf('c0').key}`,
      `${PR} ${otherSettings.key}`,
      `${PR} embed-index-model-linux-Xenova/all-MiniLM-L6-v2-main-fp32`
    ].sort()
  )
  expect(api.requests.every(r => r.authorization === 'token test-token')).toBe(true)
})

test('an API that ignored the key and ref filters still cannot make it delete others', async () => {
  api.ignoreCacheFilters = true
  const keep = keysOf('c2').key
  api.caches = [
    entry(keysOf('c1').key, PR),
    entry(keep, PR),
    entry(keysOf('c0').key, MAIN),
    entry(otherSettings.key, PR)
  ]
  await deleteSupersededEntries(client(), repository, { keyPrefix: prefix, keep, ref: PR })
  expect(keys()).toEqual(
    [`${PR} ${keep}`, `${MAIN} ${keysOf('c0').key}`, `${PR} ${otherSettings.key}`].sort()
  )
})

test('an entry saved after ours (another commit that finished later) is the newest, and stays', async () => {
  const keep = keysOf('c1').key
  api.caches = [entry(keysOf('c0').key, PR), entry(keep, PR), entry(keysOf('c2').key, PR)]
  const deleted = await deleteSupersededEntries(client(), repository, {
    keyPrefix: prefix,
    keep,
    ref: PR
  })
  expect(deleted.map(d => d.key)).toEqual([keysOf('c0').key])
  expect(keys()).toEqual([`${PR} ${keep}`, `${PR} ${keysOf('c2').key}`].sort())
})

test('while our entry is not listed, nothing is known to be older: nothing is deleted', async () => {
  api.caches = [entry(keysOf('c0').key, PR), entry(keysOf('c1').key, PR)]
  const deleted = await deleteSupersededEntries(client(), repository, {
    keyPrefix: prefix,
    keep: keysOf('c9').key,
    ref: PR
  })
  expect(deleted).toEqual([])
  expect(api.caches).toHaveLength(2)
  expect(api.requests.map(r => r.route)).toEqual(['list-caches'])
})

test('walks every page of the list (250 superseded entries)', async () => {
  const keep = keysOf('last').key
  api.caches = [
    ...Array.from({ length: 250 }, (_, i) => entry(keysOf(`c${i}`).key, MAIN, 1000)),
    entry(keep, MAIN)
  ]
  const deleted = await deleteSupersededEntries(client(), repository, {
    keyPrefix: prefix,
    keep,
    ref: MAIN
  })
  expect(deleted).toHaveLength(250)
  expect(keys()).toEqual([`${MAIN} ${keep}`])
  const lists = api.requests.filter(r => r.route === 'list-caches')
  expect(lists).toHaveLength(3)
  expect(new URL(lists[0].path, api.url).searchParams.get('ref')).toBe(MAIN)
  expect(new URL(lists[0].path, api.url).searchParams.get('key')).toBe(prefix)
})

test('as the action runs it: repository and ref from the environment, a summary line', async () => {
  const keep = keysOf('c2').key
  api.caches = [entry(keysOf('c1').key, PR, 2_500_000), entry(keep, PR)]
  const log = recordingLog()
  await cleanUpSupersededEntries('job-token', { keyPrefix: prefix, keep }, log, {
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_REF: PR,
    GITHUB_API_URL: api.url
  })
  expect(log.warnings).toEqual([])
  expect(log.infos).toContainEqual(`cache-cleanup: deleted 1 superseded entries of ${PR} (2.5 MB)`)
  expect(keys()).toEqual([`${PR} ${keep}`])
})

test.each([
  ['listing', 'list-caches' as const],
  ['deleting', 'delete-cache' as const]
])('403 on %s: a warning naming actions: write; nothing thrown', async (_, route) => {
  api.faults[route] = FORBIDDEN
  api.caches = [entry(keysOf('c1').key, PR), entry(keysOf('c2').key, PR)]
  const log = recordingLog()
  await cleanUpSupersededEntries('read-only', { keyPrefix: prefix, keep: keysOf('c2').key }, log, {
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_REF: PR,
    GITHUB_API_URL: api.url
  })
  expect(log.warnings).toEqual([
    expect.stringMatching(
      /^cache-cleanup: superseded entries not deleted: HTTP 403 \(Resource not accessible by integration.*\): the job's token needs `permissions: actions: write`$/
    )
  ])
  expect(api.caches).toHaveLength(2)
})

test('without GITHUB_REPOSITORY or GITHUB_REF: a warning and no request', async () => {
  const log = recordingLog()
  await cleanUpSupersededEntries('t', { keyPrefix: prefix, keep: 'k' }, log, {
    GITHUB_API_URL: api.url
  })
  expect(log.warnings).toContainEqual(
    'cache-cleanup: skipped: GITHUB_REPOSITORY or GITHUB_REF is not set'
  )
  expect(api.requests).toEqual([])
})
