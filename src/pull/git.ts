/**
 * What `pull` asks git about the checkout: the commits CI may have indexed, nearest first, and
 * the GitHub repository its origin names.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { parseRepository, type Repository } from '../core/index.js'

const run = promisify(execFile)

/** A git call that hangs (a lock, a network file system) must not hold the command. */
const GIT_TIMEOUT_MS = 15_000

async function git(root: string, args: string[]): Promise<string> {
  // The checkout's own repository, not one a calling git hook points to.
  const env = { ...process.env }
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name]
  const { stdout } = await run('git', args, { cwd: root, env, timeout: GIT_TIMEOUT_MS })
  return stdout.trim()
}

/** HEAD and its first-parent ancestors, nearest first, at most `bound` commits. */
export async function firstParentCommits(root: string, bound: number): Promise<string[]> {
  const text = await git(root, ['rev-list', '--first-parent', `--max-count=${bound}`, 'HEAD'])
  return text.split('\n').filter(line => /^[0-9a-f]{40}$/.test(line))
}

/**
 * `owner/name` of the origin remote when it is a GitHub URL (https, ssh or scp-like), else
 * undefined: GitHub Enterprise hosts are matched too, by the URL's shape.
 */
export async function originRepository(root: string): Promise<Repository | undefined> {
  const url = await git(root, ['remote', 'get-url', 'origin']).catch(() => '')
  const match =
    /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url)
  return match ? parseRepository(match[1]) : undefined
}
