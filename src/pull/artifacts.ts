/**
 * Finds the artifact CI uploaded for a commit: the repository's artifacts of one name, uploaded by
 * runs of its own code (not a fork's pull request), matched to the commits of the checkout by
 * their workflow run's head_sha, nearest commit first.
 */
import type { Repository } from '../core/index.js'
import { describeApiFailure, type GitHubClient } from '../github/index.js'
import { PullError } from './errors.js'

export interface FoundArtifact {
  id: number
  /** The commit its workflow run built. */
  commit: string
  /** How many first-parent commits that is behind HEAD (0: HEAD itself). */
  behind: number
  sizeInBytes: number
}

interface ListedArtifact {
  id: number
  expired: boolean
  expires_at?: string | null
  created_at?: string | null
  size_in_bytes: number
  workflow_run?: {
    head_sha?: string
    repository_id?: number
    head_repository_id?: number
  } | null
}

/**
 * Whether the run that uploaded it ran on the repository's own code: a pull request from a fork
 * runs a workflow its author may have changed, so its artifact is never taken, even for a commit
 * that later lands in this history.
 */
function fromOwnRepository(artifact: ListedArtifact): boolean {
  const run = artifact.workflow_run
  return run?.repository_id !== undefined && run.repository_id === run.head_repository_id
}

/** Who may list artifacts: a token with `actions: read` (or `repo` scope) on the repository. */
const PERMISSION = 'actions: read'

export async function findArtifact(
  client: GitHubClient,
  repository: Repository,
  name: string,
  commits: string[]
): Promise<FoundArtifact> {
  const listed = await listArtifacts(client, repository, name)
  const byCommit = new Map<string, ListedArtifact[]>()
  for (const artifact of listed.filter(fromOwnRepository)) {
    const sha = artifact.workflow_run?.head_sha
    if (sha) byCommit.set(sha, [...(byCommit.get(sha) ?? []), artifact])
  }
  const behind = commits.findIndex(commit => byCommit.has(commit))
  const where = `${repository.owner}/${repository.repo}`
  if (behind < 0) {
    throw new PullError(
      `no artifact named ${JSON.stringify(name)} in ${where} for HEAD or its ${commits.length - 1} nearest first-parent ancestors; has the workflow that uploads it run on this branch?`
    )
  }
  const commit = commits[behind]
  // The newest one that can still be downloaded.
  const candidates = byCommit
    .get(commit)!
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))
  const live = candidates.find(artifact => !artifact.expired)
  if (live === undefined) {
    const expiredAt = candidates[0].expires_at ? ` on ${candidates[0].expires_at}` : ''
    throw new PullError(
      `the artifact ${JSON.stringify(name)} of commit ${commit} (${behindText(behind)}) expired${expiredAt}; re-run its workflow, or index locally with \`embed-index index\``
    )
  }
  return { id: live.id, commit, behind, sizeInBytes: live.size_in_bytes }
}

/** "HEAD" or "N commits behind HEAD". */
export function behindText(behind: number): string {
  return behind === 0 ? 'HEAD' : `${behind} commit${behind === 1 ? '' : 's'} behind HEAD`
}

async function listArtifacts(
  client: GitHubClient,
  { owner, repo }: Repository,
  name: string
): Promise<ListedArtifact[]> {
  try {
    return await client.paginate(client.rest.actions.listArtifactsForRepo, {
      owner,
      repo,
      name,
      per_page: 100
    })
  } catch (error) {
    throw new PullError(`listing the artifacts of ${owner}/${repo}: ${apiFailure(error)}`, {
      cause: error
    })
  }
}

/** describeApiFailure, with what a 401 and a 404 mean here. */
export function apiFailure(error: unknown): string {
  const status = (error as { status?: unknown } | undefined)?.status
  const line = describeApiFailure(error, PERMISSION)
  if (status === 401) return `${line}: the token was refused (expired or revoked?)`
  if (status === 404) return `${line}: no such repository, or the token may not read it`
  return line
}
