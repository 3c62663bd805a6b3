import { existsSync, readFileSync } from 'node:fs'

/** The ids of a process's child processes, from Linux's /proc; none once it is gone. */
export function childPids(pid: number): number[] {
  let list: string
  try {
    list = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return list.split(' ').filter(Boolean).map(Number)
}

/** Whether a process id is still taken (a zombie counts until reaped). */
export function isRunning(pid: number): boolean {
  return existsSync(`/proc/${pid}`)
}

/** Resolves once `condition` holds, polling every 20 ms; rejects after `limitMs`. */
export async function waitFor(condition: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${limitMs} ms`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}
