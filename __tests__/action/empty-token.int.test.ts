/**
 * An empty `github-token` (a secret on fork and Dependabot pull requests) is no configuration
 * error: only the comment and the cache cleanup use it, and each says, in a warning, that it had
 * no token, without calling the API.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { commentOnPullRequest, stickyMarker } from '../../src/action/comment.js'
import { cleanUpSupersededEntries } from '../../src/cache/cleanup.js'
import { parseActionConfig } from '../../src/config/parse.js'
import { startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js'
import { recordingLog } from '../helpers/recording-log.js'

const root = mkdtempSync(join(tmpdir(), 'ei-empty-token-'))
let api: GitHubApiStandIn

beforeAll(async () => {
  api = await startGitHubApi()
})

afterAll(async () => {
  await api.stop()
})

test('an empty github-token parses, with the comment and the cache cleanup off or on', () => {
  for (const on of ['false', 'true']) {
    const config = parseActionConfig(
      { 'github-token': [''], comment: [on], 'cache-cleanup': [on] },
      root,
      {}
    )
    expect(config.githubToken).toBe('')
  }
})

test('the comment with an empty token: a warning that names the empty token, no API call', async () => {
  const log = recordingLog()
  await commentOnPullRequest({
    token: '',
    event: {
      eventName: 'pull_request',
      payload: { pull_request: { number: 7, head: { repo: { full_name: 'octo/widgets' } } } }
    },
    repository: { owner: 'octo', repo: 'widgets' },
    marker: stickyMarker(['ci', 'index']),
    body: 'report',
    log
  })
  expect(log.warnings).toEqual([
    expect.stringMatching(/^comment: not posted on pull request #7: `github-token` is empty/)
  ])
  expect(api.requests).toEqual([])
})

test('the cache cleanup with an empty token: a warning that names the empty token, no API call', async () => {
  const log = recordingLog()
  await cleanUpSupersededEntries('', { keyPrefix: 'embed-index-', keep: 'embed-index-x' }, log, {
    GITHUB_REPOSITORY: 'octo/widgets',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: api.url
  })
  expect(log.warnings).toEqual([
    expect.stringMatching(/^cache-cleanup: superseded entries not deleted: `github-token` is empty/)
  ])
  expect(api.requests).toEqual([])
})
