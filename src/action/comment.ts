/**
 * The sticky pull-request comment (`comment: true`): one comment per pull request and job,
 * created by the first run and updated by later ones, found again by a hidden marker on its first
 * line. It carries the job summary: the figures, the change against the prior index and the
 * gates' verdicts. It is an extra: a fork's pull request, an event without a pull request or a
 * token that may not comment gives a warning (the job summary has the same report), never a
 * failed step.
 */
import type { Log, Repository } from '../core/index.js'
import { describeApiFailure, githubClient, type GitHubClient } from '../github/index.js'

/** The parts of @actions/github's `context` the comment reads. */
export interface EventContext {
  eventName?: string
  payload: {
    pull_request?: { number?: unknown; head?: { repo?: { full_name?: unknown } | null } }
  }
}

interface PullRequest extends Repository {
  number: number
}

/** Where to comment, or why not (`warn`: a degradation the user should hear about). */
type CommentPlace = { pullRequest: PullRequest } | { skip: string; warn: boolean }

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export function commentPlace(
  event: EventContext,
  repository: Repository | undefined
): CommentPlace {
  const pr = event.payload.pull_request
  if (!PULL_REQUEST_EVENTS.includes(event.eventName ?? '') || typeof pr?.number !== 'number') {
    return { skip: `not a pull request event (${event.eventName ?? 'none'})`, warn: false }
  }
  if (repository === undefined) return { skip: 'GITHUB_REPOSITORY is not set', warn: true }
  // On `pull_request` from a fork the job's token is read-only (a deleted fork has no head repo).
  const head = pr.head?.repo?.full_name
  if (event.eventName === 'pull_request' && head !== `${repository.owner}/${repository.repo}`) {
    return { skip: 'the pull request comes from a fork, whose job token is read-only', warn: true }
  }
  return { pullRequest: { ...repository, number: pr.number } }
}

/**
 * The hidden first line that tells this job's comment from others' (another workflow, job or
 * shard keeps its own). Only characters that cannot close the HTML comment are kept.
 */
export function stickyMarker(parts: readonly string[]): string {
  const id = parts.map(part => part.replace(/[^\w .,:/()-]/g, '_')).join(' / ')
  return `<!-- embed-index: ${id} -->`
}

/**
 * The login the token acts as (a person's for a personal token, `<app>[bot]` for an App's or the
 * job's token), which GraphQL's viewer answers for every kind of token (REST's /user refuses
 * App tokens); undefined when it cannot be told.
 */
async function actingLogin(client: GitHubClient): Promise<string | undefined> {
  try {
    const { viewer } = await client.graphql<{ viewer: { login: string } }>(
      'query { viewer { login } }'
    )
    return viewer.login
  } catch {
    return undefined
  }
}

/** What upsertComment did; `refused`: the earlier comment this token may not edit. */
export interface CommentOutcome {
  done: 'created' | 'updated'
  refused?: { id: number; author: string }
}

/**
 * Updates this job's comment on the pull request, or creates it. Ours is the first comment whose
 * body starts with the marker, written by the identity the token acts as (by a bot account where
 * that cannot be told): a person quoting the marker is never edited. An update the API refuses
 * (403: another identity wrote it, e.g. the job's token before an App's) or that finds it gone
 * (404) gives a new comment. Throws the API's other errors.
 */
export async function upsertComment(
  client: GitHubClient,
  pullRequest: PullRequest,
  marker: string,
  body: string
): Promise<CommentOutcome> {
  const { owner, repo, number } = pullRequest
  const text = `${marker}\n${body}`
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100
  })
  const marked = comments.filter(c => c.user?.type === 'Bot' && c.body?.startsWith(marker))
  const login = marked.length > 0 ? await actingLogin(client) : undefined
  const ours = marked.find(c => login === undefined || c.user?.login === login)
  let refused: CommentOutcome['refused']
  if (ours) {
    try {
      await client.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: text })
      return { done: 'updated' }
    } catch (error) {
      const status = (error as { status?: unknown }).status
      if (status !== 404 && status !== 403) throw error
      if (status === 403) refused = { id: ours.id, author: ours.user?.login ?? 'unknown' }
    }
  }
  await client.rest.issues.createComment({ owner, repo, issue_number: number, body: text })
  return { done: 'created', refused }
}

interface CommentRequest {
  token: string
  event: EventContext
  repository: Repository | undefined
  marker: string
  body: string
  log: Log
}

/** Posts or updates the comment; every failure is a warning. */
export async function commentOnPullRequest(request: CommentRequest): Promise<void> {
  const { log } = request
  const place = commentPlace(request.event, request.repository)
  if ('skip' in place) {
    const message = `comment: not posted: ${place.skip}; the report is in the job summary`
    if (place.warn) log.warning(message)
    else log.info(message)
    return
  }
  const { pullRequest } = place
  try {
    const client = githubClient(request.token)
    const { done, refused } = await upsertComment(client, pullRequest, request.marker, request.body)
    if (refused) {
      log.warning(
        `comment: the earlier comment ${refused.id} on pull request #${pullRequest.number} was written by ${refused.author}, ` +
          'which this token may not edit (HTTP 403); a new comment was created, which later runs update'
      )
    } else log.info(`comment: ${done} on pull request #${pullRequest.number}`)
  } catch (error) {
    log.warning(
      `comment: not posted on pull request #${pullRequest.number}: ` +
        `${describeApiFailure(error, 'pull-requests: write')}; the report is in the job summary`
    )
  }
}
