/**
 * The sticky pull-request comment, with the real Octokit of @actions/github against a local
 * stand-in for the REST endpoints it calls: created once, then updated in place; a person's
 * comment quoting the marker is left alone; a 403 or a fork gives a warning and never throws.
 */
import { recordingLog } from '../helpers/recording-log.js'
import { describeApiFailure, githubClient } from '../../src/github/client.js'
import {
  commentOnPullRequest,
  commentPlace,
  stickyMarker,
  upsertComment,
  type EventContext
} from '../../src/action/comment.js'
import {
  FORBIDDEN,
  NOT_FOUND,
  startGitHubApi,
  type GitHubApiStandIn,
  type StandInComment
} from '../helpers/github-api.js'

let api: GitHubApiStandIn
const repository = { owner: 'octo', repo: 'widgets' }
const pullRequest = { ...repository, number: 7 }
const marker = stickyMarker(['ci', 'index'])

beforeAll(async () => {
  api = await startGitHubApi()
  process.env.GITHUB_API_URL = api.url
})

afterAll(async () => {
  delete process.env.GITHUB_API_URL
  await api.stop()
})

beforeEach(() => {
  api.requests.length = 0
  api.comments.clear()
  api.faults = {}
  api.actingAs = { login: 'github-actions[bot]', type: 'Bot' }
})

/** A pull_request event from a branch of the repository itself. */
function prEvent(number = 7, head = 'octo/widgets', eventName = 'pull_request'): EventContext {
  return { eventName, payload: { pull_request: { number, head: { repo: { full_name: head } } } } }
}

const client = () => githubClient('test-token', { baseUrl: api.url })
const routes = () => api.requests.map(r => r.route)

test('the first run creates the comment, later runs update that one', async () => {
  expect(await upsertComment(client(), pullRequest, marker, 'first report')).toEqual({
    done: 'created'
  })
  expect(await upsertComment(client(), pullRequest, marker, 'second report')).toEqual({
    done: 'updated'
  })
  expect(api.comments.get(7)).toEqual([
    expect.objectContaining({ body: `${marker}\nsecond report` })
  ])
  expect(routes()).toEqual([
    'list-comments',
    'create-comment',
    'list-comments',
    'viewer',
    'update-comment'
  ])
  expect(api.requests.every(r => r.authorization === 'token test-token')).toBe(true)
})

test("finds its comment past the first page, and edits neither a person's quote nor another job's", async () => {
  const person = { login: 'alice', type: 'User' as const }
  const bot = { login: 'github-actions[bot]', type: 'Bot' as const }
  const others: StandInComment[] = Array.from({ length: 130 }, (_, i) => ({
    id: i + 1,
    body: `chatter ${i}`,
    user: person
  }))
  others[3].body = `${marker}\nquoted by a person`
  others[50] = { id: 51, body: `${stickyMarker(['ci', 'other-job'])}\nnot ours`, user: bot }
  api.comments.set(7, [...others, { id: 500, body: `${marker}\nold report`, user: bot }])

  expect(await upsertComment(client(), pullRequest, marker, 'new report')).toEqual({
    done: 'updated'
  })
  const bodies = new Map(api.comments.get(7)!.map(c => [c.id, c.body]))
  expect(bodies.get(500)).toBe(`${marker}\nnew report`)
  expect(bodies.get(4)).toBe(`${marker}\nquoted by a person`)
  expect(bodies.get(51)).toBe(`${stickyMarker(['ci', 'other-job'])}\nnot ours`)
  expect(bodies.size).toBe(131)
  expect(routes()).toEqual(['list-comments', 'list-comments', 'viewer', 'update-comment'])
})

test('a comment deleted between listing and updating is created again', async () => {
  await upsertComment(client(), pullRequest, marker, 'first')
  api.faults['update-comment'] = NOT_FOUND
  expect(await upsertComment(client(), pullRequest, marker, 'second')).toEqual({
    done: 'created'
  })
  expect(api.comments.get(7)!.map(c => c.body)).toEqual([`${marker}\nfirst`, `${marker}\nsecond`])
})

test.each([
  ['listing', 'list-comments' as const],
  ['creating', 'create-comment' as const]
])('403 on %s: a warning naming pull-requests: write; nothing thrown', async (_, route) => {
  api.faults[route] = FORBIDDEN
  const log = recordingLog()
  await commentOnPullRequest({
    token: 'read-only',
    event: prEvent(),
    repository,
    marker,
    body: 'report',
    log
  })
  expect(log.warnings).toEqual([
    expect.stringMatching(
      /^comment: not posted on pull request #7: HTTP 403 \(Resource not accessible by integration.*\): the job's token needs `permissions: pull-requests: write`; the report is in the job summary$/
    )
  ])
  expect(api.comments.get(7) ?? []).toEqual([])
})

test('a 404 on listing (a pull request the token cannot see) is a warning', async () => {
  api.faults['list-comments'] = NOT_FOUND
  const log = recordingLog()
  await commentOnPullRequest({ token: 't', event: prEvent(), repository, marker, body: 'r', log })
  expect(log.warnings).toContainEqual(expect.stringMatching(/#7: HTTP 404 \(Not Found/))
})

test('through commentOnPullRequest: posts with the token given and logs what it did', async () => {
  const log = recordingLog()
  await commentOnPullRequest({
    token: 'job-token',
    event: prEvent(),
    repository,
    marker,
    body: 'r',
    log
  })
  expect(log.warnings).toEqual([])
  expect(log.infos).toContainEqual('comment: created on pull request #7')
  expect(api.requests.map(r => r.authorization)).toEqual(['token job-token', 'token job-token'])
})

test('a fork pull request: a warning, and no request at all', async () => {
  const log = recordingLog()
  await commentOnPullRequest({
    token: 't',
    event: prEvent(7, 'mallory/widgets'),
    repository,
    marker,
    body: 'r',
    log
  })
  expect(log.warnings).toContainEqual(expect.stringMatching(/comes from a fork/))
  expect(api.requests).toEqual([])
})

test('where no pull request is, the comment is skipped with a note, not a warning', async () => {
  const log = recordingLog()
  const push: EventContext = { eventName: 'push', payload: {} }
  await commentOnPullRequest({ token: 't', event: push, repository, marker, body: 'r', log })
  expect(log.warnings).toEqual([])
  expect(log.infos).toContainEqual(
    'comment: not posted: not a pull request event (push); the report is in the job summary'
  )
  expect(api.requests).toEqual([])
})

test('where to comment: pull_request_target may comment on a fork, a deleted fork may not', () => {
  expect(commentPlace(prEvent(3, 'mallory/widgets', 'pull_request_target'), repository)).toEqual({
    pullRequest: { ...repository, number: 3 }
  })
  const deletedFork: EventContext = {
    eventName: 'pull_request',
    payload: { pull_request: { number: 3, head: { repo: null } } }
  }
  expect(commentPlace(deletedFork, repository)).toMatchObject({ warn: true })
  expect(commentPlace(prEvent(), undefined)).toMatchObject({ warn: true })
})

test('the marker keeps nothing that could close the HTML comment', () => {
  const marker = stickyMarker(['evil --> <b>', 'job\nname'])
  expect(marker).toBe('<!-- embed-index: evil --_ _b_ / job_name -->')
  expect(marker.indexOf('-->')).toBe(marker.length - 3)
})

test('an API that never answers is given up on after the request bound, and said so', async () => {
  api.faults['list-comments'] = 'hang'
  const started = Date.now()
  const slow = githubClient('t', { baseUrl: api.url, timeoutMs: 300 })
  const error: unknown = await upsertComment(slow, pullRequest, marker, 'r').catch(e => e)
  expect(Date.now() - started).toBeLessThan(10_000)
  expect(describeApiFailure(error, 'pull-requests: write')).toBe(
    'the GitHub API did not answer in time'
  )
})

test('an API that cannot be reached is said so', async () => {
  const closed = await startGitHubApi()
  await closed.stop()
  const error: unknown = await upsertComment(
    githubClient('t', { baseUrl: closed.url }),
    pullRequest,
    marker,
    'r'
  ).catch(e => e)
  expect(describeApiFailure(error, 'pull-requests: write')).toMatch(
    /^the GitHub API could not be reached \(.+\)$/
  )
})
