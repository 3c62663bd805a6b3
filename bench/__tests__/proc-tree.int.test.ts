import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { childPids, waitFor } from '../../__tests__/helpers/processes.js'
import { parseStat, parseVmRssBytes, processTree, sampleTreeMemory } from '../proc-tree.js'

describe('parseStat', () => {
  it('reads pid, name and parent', () => {
    expect(parseStat('4242 (node) S 4200 4242 11534 0 -1 4194304 102 0 0')).toEqual({
      pid: 4242,
      comm: 'node',
      ppid: 4200
    })
  })

  it('takes a name with spaces and parentheses whole', () => {
    expect(parseStat('77 (a) b (c)) R 12 77 77 0 -1 0\n')).toEqual({
      pid: 77,
      comm: 'a) b (c)',
      ppid: 12
    })
  })

  it('rejects text that is not a stat line', () => {
    expect(() => parseStat('VmRSS: 12 kB')).toThrow(/not a \/proc/)
  })
})

describe('parseVmRssBytes', () => {
  it('reads VmRSS in kB as bytes, not VmHWM', () => {
    const status = 'Name:\tnode\nVmHWM:\t  999999 kB\nVmRSS:\t  123456 kB\nThreads:\t7\n'
    expect(parseVmRssBytes(status)).toBe(123456 * 1024)
  })

  it('is undefined for a zombie, which has no memory lines', () => {
    expect(parseVmRssBytes('Name:\tsleep\nState:\tZ (zombie)\nThreads:\t1\n')).toBeUndefined()
  })
})

describe('processTree', () => {
  it('collects every descendant of the root and nothing else', () => {
    const parents = new Map([
      [1, 0],
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [30, 20]
    ])
    expect(processTree(10, parents).sort((a, b) => a - b)).toEqual([10, 11, 12, 13])
    expect(processTree(13, parents)).toEqual([13])
  })
})

/** The names of a process's children, from /proc. */
function childNames(pid: number): string[] {
  return childPids(pid).map(child => {
    try {
      return readFileSync(`/proc/${child}/comm`, 'utf8').trim()
    } catch {
      return '' // gone meanwhile
    }
  })
}

describe('sampleTreeMemory', () => {
  it('finds a child process and its own children, by the names they run under', async () => {
    // Each child runs as a subshell (named sh) for a second, then execs sleep.
    const twoSleepers = '(sleep 1; exec sleep 60) & (sleep 1; exec sleep 60) & wait'
    const child = spawn('sh', ['-c', twoSleepers], { stdio: 'ignore' })
    const exited = new Promise(resolve => child.on('exit', resolve))
    try {
      const sampler = sampleTreeMemory(child.pid!, 10)
      await waitFor(() => childNames(child.pid!).filter(n => n === 'sleep').length === 2, 30_000)
      const memory = sampler.stop()
      expect(memory.processes[0]).toMatchObject({ pid: child.pid, comm: 'sh' })
      const named = (pid: number) => memory.processes.find(p => p.pid === pid)?.comm
      expect(childPids(child.pid!).map(named)).toEqual(['sleep', 'sleep'])
      const largest = Math.max(...memory.processes.map(p => p.peakRssBytes))
      expect(memory.peakTreeBytes).toBeGreaterThan(largest)
    } finally {
      for (const sleeper of childPids(child.pid!)) process.kill(sleeper)
      child.kill()
      await exited
    }
  })
})
