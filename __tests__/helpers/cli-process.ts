import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from './run-index.js'

/**
 * `node` arguments that run the CLI from the source, as `embed-index` would run, under the
 * TypeScript loader that `npm test` passes on in NODE_OPTIONS.
 */
export const CLI_ARGS = [join(repoRoot, 'src/cli.ts')]

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `embed-index ...args` to completion in a child process. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
  const child = spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', code => resolve({ code, stdout, stderr }))
  })
}
