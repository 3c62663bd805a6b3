import { spawn } from 'node:child_process'
import { openSync, closeSync, readFileSync } from 'node:fs'
import { sampleTreeMemory, type TreeMemory } from './proc-tree.js'

export interface Measured {
  /** From spawn to exit, process start-up included. */
  wallSeconds: number
  memory: TreeMemory
}

/**
 * Runs one command to completion while sampling its process tree's memory. Its output goes to
 * `logFile` so the bench's own lines stay readable; on failure the log's tail is in the error.
 */
export async function runMeasured(
  command: string,
  args: string[],
  /** env: the child's environment; default this process's. */
  options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv }
): Promise<Measured> {
  const log = openSync(options.logFile, 'w')
  try {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', log, log]
    })
    const sampler = sampleTreeMemory(child.pid!)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject)
      child.on('exit', (exitCode, signal) => resolve(signal ? null : exitCode))
    })
    const wallSeconds = (performance.now() - started) / 1000
    const memory = sampler.stop()
    if (code !== 0) {
      const tail = readFileSync(options.logFile, 'utf8').trimEnd().split('\n').slice(-15)
      throw new Error(
        `${command} ${args.join(' ')} failed (exit ${code ?? 'by signal'}); ${options.logFile} ends:\n${tail.join('\n')}`
      )
    }
    return { wallSeconds, memory }
  } finally {
    closeSync(log)
  }
}
