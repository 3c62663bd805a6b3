/**
 * Where the indexed text came from, so that a consumer of an index without text can fetch a
 * chunk's lines from git: the commit of the tree and each file's git blob id.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import type { ScannedFile } from '../scan/scan.js'
import { sha256Hex } from '../util/digest.js'

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

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * The git blob id of a scanned file (`git hash-object`: SHA-1 of "blob <size>\0" and the bytes),
 * from its text: the scan keeps the decoded text, which gives the bytes back (with the byte
 * order mark the decoder removed) whenever they were valid UTF-8, as the content's SHA-256
 * confirms. Other bytes cannot be recovered from the text: null.
 */
export function gitBlobId(file: Pick<ScannedFile, 'content' | 'sha256' | 'bytes'>): string | null {
  const text = Buffer.from(file.content, 'utf8')
  const bytes = text.length === file.bytes ? text : Buffer.concat([UTF8_BOM, text])
  if (bytes.length !== file.bytes || sha256Hex(bytes) !== file.sha256) return null
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
