import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from './run-index.js'

/**
 * `node` arguments that run the CLI from the source, as `embed-index` would run, under the
 * TypeScript loader that `npm test` passes on in NODE_OPTIONS.
 */
export const CLI_ARGS = [join(repoRoot, 'src/cli.ts')]

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/**
 * Starts `embed-index ...args` in a child process, its output piped. `env` is added to the
 * environment: a test's process.env is jest's copy, which a child does not inherit.
 */
export function startCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [...CLI_ARGS, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

/** What a started CLI printed and how it ended, once it has. */
export function cliResult(child: ChildProcess): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', chunk => (stdout += String(chunk)))
  child.stderr!.on('data', chunk => (stderr += String(chunk)))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/** Runs `embed-index ...args` to completion in a child process. */
export function runCli(args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<CliResult> {
  return cliResult(startCli(args, cwd, env))
}
