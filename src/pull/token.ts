/**
 * The token `pull` calls the GitHub API with: GITHUB_TOKEN, else GH_TOKEN, else what the GitHub
 * CLI is logged in with (`gh auth token`), when it is installed.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export class NoTokenError extends Error {
  constructor() {
    super(
      'no GitHub token: set GITHUB_TOKEN or GH_TOKEN (a token that may read the repository’s Actions artifacts), or log in with `gh auth login`'
    )
  }
}

export async function githubToken(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  for (const name of ['GITHUB_TOKEN', 'GH_TOKEN']) {
    const token = env[name]?.trim()
    if (token) return token
  }
  const fromGh = await run('gh', ['auth', 'token'], { env, timeout: 15_000 }).then(
    ({ stdout }) => stdout.trim(),
    () => ''
  )
  if (fromGh !== '') return fromGh
  throw new NoTokenError()
}
