/**
 * The GitHub REST API as the action uses it, for its two extras (the pull-request comment and the
 * cache cleanup): @actions/github's Octokit with the job's token, every request bounded in time,
 * and failures told in one line that names the permission a 403 points at. Neither extra may
 * fail the step: callers turn these failures into warnings.
 */
import { getOctokit } from '@actions/github'
import { errorMessage } from '../util/index.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Bound on one REST request: a stalled API must not hold the step for long. */
const GITHUB_REQUEST_TIMEOUT_MS = 30_000

interface ClientOptions {
  /** The REST API root; the runner's GITHUB_API_URL (github.com or GHES) by default. */
  baseUrl?: string
  timeoutMs?: number
}

/**
 * The token is empty: a secret the run may not see (fork and Dependabot pull requests) comes
 * empty. The input itself may be empty (src/config/options.ts); what needs it stops here.
 */
export class EmptyTokenError extends Error {
  constructor() {
    super(
      '`github-token` is empty (a secret is empty on fork and Dependabot pull requests), so the GitHub API was not called'
    )
  }
}

/** A client with the token; throws EmptyTokenError when there is no token to send. */
export function githubClient(token: string, options: ClientOptions = {}): GitHubClient {
  if (token.trim() === '') throw new EmptyTokenError()
  const client = getOctokit(token, {
    baseUrl: options.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  const timeoutMs = options.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  client.hook.before('request', request => {
    request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) }
  })
  return client
}

/**
 * One line on a failed API call; a 403 names the permission the job must grant. Octokit reports
 * a request that got no answer as status 500 with the reason as its cause.
 */
export function describeApiFailure(error: unknown, permission: string): string {
  if (error instanceof EmptyTokenError) return error.message
  const failed = error as { status?: unknown; response?: unknown; cause?: unknown } | undefined
  if (failed?.response === undefined) {
    const cause = failed?.cause as { name?: unknown } | undefined
    if (cause?.name === 'TimeoutError') return 'the GitHub API did not answer in time'
    return `the GitHub API could not be reached (${errorMessage(failed?.cause ?? error)})`
  }
  const message = errorMessage(error)
  if (failed.status === 403) {
    return `HTTP 403 (${message}): the job's token needs \`permissions: ${permission}\``
  }
  return `HTTP ${String(failed.status)} (${message})`
}
