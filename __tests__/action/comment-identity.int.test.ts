/**
 * The sticky comment is the one the token's own identity wrote: after the job moves from its
 * GITHUB_TOKEN to an App's token, the old comment (which the API refuses to let the App edit) is
 * left alone, a new one is created with a warning that says so, and later runs update the new one.
 */
import { commentOnPullRequest, stickyMarker } from '../../src/action/comment.js'
import { FORBIDDEN, startGitHubApi, type GitHubApiStandIn } from '../helpers/github-api.js'
import { recordingLog } from '../helpers/recording-log.js'

let api: GitHubApiStandIn
const repository = { owner: 'octo', repo: 'widgets' }
const marker = stickyMarker(['ci', 'index'])
const event = {
  eventName: 'pull_request',
  payload: { pull_request: { number: 7, head: { repo: { full_name: 'octo/widgets' } } } }
}

beforeAll(async () => {
  api = await startGitHubApi()
  process.env.GITHUB_API_URL = api.url
})

afterAll(async () => {
  delete process.env.GITHUB_API_URL
  await api.stop()
})

async function post(body: string) {
  const log = recordingLog()
  await commentOnPullRequest({ token: 't', event, repository, marker, body, log })
  return log
}

test("another bot's comment is left alone: the token's identity creates its own, and later runs update it", async () => {
  api.actingAs = { login: 'github-actions[bot]', type: 'Bot' }
  await post('by the job token')
  api.actingAs = { login: 'widget-app[bot]', type: 'Bot' }

  const first = await post('by the app')
  expect(first.warnings).toEqual([])
  expect(first.infos).toContain('comment: created on pull request #7')
  const second = await post('by the app, later')
  expect(second.infos).toContain('comment: updated on pull request #7')
  expect(api.comments.get(7)!.map(c => [c.user.login, c.body])).toEqual([
    ['github-actions[bot]', `${marker}\nby the job token`],
    ['widget-app[bot]', `${marker}\nby the app, later`]
  ])
})

test('identity unknown: an update refused (403) creates a new comment, with a warning naming what happened', async () => {
  api.comments.clear()
  api.actingAs = { login: 'github-actions[bot]', type: 'Bot' }
  await post('by the job token')
  api.actingAs = { login: 'widget-app[bot]', type: 'Bot' }
  api.faults.viewer = FORBIDDEN

  const first = await post('by the app')
  const [old] = api.comments.get(7)!
  expect(first.warnings).toEqual([
    `comment: the earlier comment ${old.id} on pull request #7 was written by github-actions[bot], which this token may not edit (HTTP 403); a new comment was created, which later runs update`
  ])
  delete api.faults.viewer
  const second = await post('by the app, later')
  expect(second.warnings).toEqual([])
  expect(api.comments.get(7)!.map(c => [c.user.login, c.body])).toEqual([
    ['github-actions[bot]', `${marker}\nby the job token`],
    ['widget-app[bot]', `${marker}\nby the app, later`]
  ])
})

test('a refused update of our own comment (no permission) is a warning naming the permission', async () => {
  api.comments.clear()
  api.actingAs = { login: 'github-actions[bot]', type: 'Bot' }
  await post('old')
  api.faults['update-comment'] = FORBIDDEN
  api.faults['create-comment'] = FORBIDDEN
  const log = await post('new')
  delete api.faults['update-comment']
  delete api.faults['create-comment']
  expect(log.warnings).toContainEqual(
    expect.stringMatching(/HTTP 403 .*`permissions: pull-requests: write`/)
  )
  expect(api.comments.get(7)!.map(c => c.body)).toEqual([`${marker}\nold`])
})
