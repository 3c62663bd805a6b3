/**
 * Peak memory of a process and everything it starts, read from /proc: every sample walks all
 * processes' parent links (so workers forked between samples are caught at the next one) and
 * sums VmRSS over the tree.
 */
import { readdirSync, readFileSync } from 'node:fs'

export interface ProcStat {
  pid: number
  /** Executable name (truncated to 15 characters by the kernel). */
  comm: string
  ppid: number
}

/**
 * Parses /proc/<pid>/stat. The name sits in parentheses and may itself hold spaces and ')', so
 * the fields after it are found from the last ')'.
 */
export function parseStat(text: string): ProcStat {
  const open = text.indexOf('(')
  const close = text.lastIndexOf(')')
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${text.slice(0, 60)}`)
  const rest = text
    .slice(close + 2)
    .trim()
    .split(' ')
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    ppid: Number(rest[1])
  }
}

/** Resident set size in bytes from /proc/<pid>/status; undefined for a zombie (no VmRSS line). */
export function parseVmRssBytes(status: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
  return match ? Number(match[1]) * 1024 : undefined
}

/** root and all processes below it, given every process's parent. */
export function processTree(root: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid)
    if (list) list.push(pid)
    else children.set(ppid, [pid])
  }
  const tree: number[] = []
  const pending = [root]
  while (pending.length > 0) {
    const pid = pending.pop()!
    tree.push(pid)
    pending.push(...(children.get(pid) ?? []))
  }
  return tree
}

export interface ProcessPeak {
  pid: number
  comm: string
  peakRssBytes: number
}

export interface TreeMemory {
  /** Largest sum of VmRSS over the whole tree at one sample. */
  peakTreeBytes: number
  /** Each process ever seen in the tree, root first, with its own largest VmRSS. */
  processes: ProcessPeak[]
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined // the process ended between listing and reading
  }
}

function allStats(): ProcStat[] {
  const stats: ProcStat[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const text = readOr(`/proc/${name}/stat`)
    if (text !== undefined) stats.push(parseStat(text))
  }
  return stats
}

/** Samples the tree under `root` every `intervalMs`, and once more at stop(). */
export function sampleTreeMemory(root: number, intervalMs = 100): { stop(): TreeMemory } {
  const peaks = new Map<number, ProcessPeak>()
  let peakTreeBytes = 0
  const sample = (): void => {
    const stats = allStats()
    const comm = new Map(stats.map(s => [s.pid, s.comm]))
    let total = 0
    for (const pid of processTree(root, new Map(stats.map(s => [s.pid, s.ppid])))) {
      const status = readOr(`/proc/${pid}/status`)
      const rss = status === undefined ? undefined : parseVmRssBytes(status)
      if (rss === undefined) continue
      total += rss
      const peak = peaks.get(pid)
      // The latest name: a forked child carries its parent's name until it execs.
      const name = comm.get(pid) ?? peak?.comm ?? '?'
      if (peak) Object.assign(peak, { comm: name, peakRssBytes: Math.max(peak.peakRssBytes, rss) })
      else peaks.set(pid, { pid, comm: name, peakRssBytes: rss })
    }
    peakTreeBytes = Math.max(peakTreeBytes, total)
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop: () => {
      clearInterval(timer)
      sample()
      const processes = [...peaks.values()]
      processes.sort((a, b) => (a.pid === root ? -1 : b.pid === root ? 1 : a.pid - b.pid))
      return { peakTreeBytes, processes }
    }
  }
}
