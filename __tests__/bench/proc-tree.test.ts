import { spawn } from 'node:child_process'
import {
  parseStat,
  parseVmRssBytes,
  processTree,
  sampleTreeMemory
} from '../../src/bench/proc-tree.js'

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

describe('sampleTreeMemory', () => {
  it('finds a child process and its own children', async () => {
    // The shell stays up until both sleeps end, so every 100 ms sample sees all three; 3 s
    // leaves room for a busy machine to delay the first samples.
    const child = spawn('sh', ['-c', 'sleep 3 & sleep 3; wait'], { stdio: 'ignore' })
    const sampler = sampleTreeMemory(child.pid!)
    await new Promise(resolve => child.on('exit', resolve))
    const memory = sampler.stop()
    expect(memory.processes[0]).toMatchObject({ pid: child.pid, comm: 'sh' })
    expect(memory.processes.filter(p => p.comm === 'sleep')).toHaveLength(2)
    const largest = Math.max(...memory.processes.map(p => p.peakRssBytes))
    expect(memory.peakTreeBytes).toBeGreaterThan(largest)
  })
})
