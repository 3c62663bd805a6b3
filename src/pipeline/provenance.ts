/**
 * Where the indexed text came from, so that a consumer of an index without text can fetch a
 * chunk's lines from git: the commit of the tree (each file's git blob id is the scan's).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
const COMMIT = /^[0-9a-f]{40}$/

/** A git call that hangs (a lock, a network file system) must not hold the run. */
const GIT_TIMEOUT_MS = 15_000

/**
 * The commit of the tree under `root`: `git rev-parse HEAD` there, which is what is checked out
 * whichever ref a workflow chose; else, in GitHub Actions, GITHUB_SHA (a checkout without git,
 * or one git refuses to read, such as a workspace owned by another user in a container); else
 * null. Only SHA-1 commits (40 hex digits) count: blob ids are SHA-1 too.
 */
export async function sourceCommit(
  root: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | null> {
  // The tree's own repository, not one a calling git hook points to.
  const gitEnv = { ...env }
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete gitEnv[name]
  const head = await run('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd: root,
    env: gitEnv,
    timeout: GIT_TIMEOUT_MS
  }).then(
    ({ stdout }) => stdout.trim(),
    () => ''
  )
  if (COMMIT.test(head)) return head
  const sha = env.GITHUB_SHA ?? ''
  return env.GITHUB_ACTIONS === 'true' && COMMIT.test(sha) ? sha : null
}
