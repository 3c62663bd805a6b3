/**
 * One measured `embed-index serve`: started as an agent starts it (a child process spoken to over
 * stdio by the MCP SDK's client), timed from spawn until it answers `initialize` (Node start-up,
 * index read and verified; the model loads after, in its own thread) and until its keyword index is
 * built (in its own thread, meanwhile), then the same queries in each mode, one at a time, each timed from the client's
 * request to its answer. An index without stored text is searched in semantic mode alone (there
 * is no text for keyword search without the working tree).
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { readFileSync } from 'node:fs'
import { SEARCH_MODES, type SearchMode } from '../src/core/search-modes.js'

export interface ServeSample {
  /** Spawn to the answer to `initialize`. */
  startSeconds: number
  /** Spawn to the keyword index built, as index_info reports it; undefined without one. */
  readySeconds?: number
  /** RSS of the server once loaded, and its peak after the queries (MB = 10^6 bytes). */
  loadedMB: number
  peakMB: number
  /** Per mode measured, each query's round trip in ms, in query order. */
  latencyMs: Partial<Record<SearchMode, number[]>>
}

/** The round trips of the mode's queries; the mode must have been measured. */
export function latencies(sample: ServeSample, mode: SearchMode): number[] {
  const times = sample.latencyMs[mode]
  if (times === undefined) throw new Error(`internal: ${mode} search was not measured`)
  return times
}

function statusMB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)
  if (!match) throw new Error(`no ${field} for process ${pid}`)
  return (Number(match[1]) * 1024) / 1e6
}

/** Milliseconds from `since` until index_info says the keyword index is built (polled). */
async function keywordBuilt(client: Client, since: number): Promise<number> {
  for (;;) {
    const result = (await client.callTool({ name: 'index_info', arguments: {} })) as {
      content: { text: string }[]
    }
    const state = (JSON.parse(result.content[0].text) as { keyword_search: string }).keyword_search
    if (state.startsWith('available')) return performance.now() - since
    if (!state.startsWith('being built')) throw new Error(`keyword search: ${state}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

export async function measureServe(
  cli: string,
  indexDir: string,
  modelDir: string,
  queries: readonly string[],
  modes: readonly SearchMode[] = SEARCH_MODES
): Promise<ServeSample> {
  let stderr = ''
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [cli, 'serve', '--index', indexDir, '--model-path', modelDir],
    stderr: 'pipe'
  })
  transport.stderr?.on('data', chunk => (stderr = (stderr + String(chunk)).slice(-4000)))
  const client = new Client({ name: 'embed-index-bench', version: '1.0.0' })
  const started = performance.now()
  try {
    await client.connect(transport, { timeout: 600_000 })
  } catch (error) {
    throw new Error(`serve did not start: ${String(error)}; stderr ends: ${stderr}`, {
      cause: error
    })
  }
  try {
    const startSeconds = (performance.now() - started) / 1000
    const readySeconds = modes.some(mode => mode !== 'semantic')
      ? (await keywordBuilt(client, started)) / 1000
      : undefined
    const pid = transport.pid!
    const loadedMB = statusMB(pid, 'VmRSS')
    const latencyMs: ServeSample['latencyMs'] = {}
    for (const mode of modes) {
      const times: number[] = (latencyMs[mode] = [])
      for (const query of queries) {
        const before = performance.now()
        const result = await client.callTool({ name: 'search', arguments: { query, mode } })
        times.push(performance.now() - before)
        if (result.isError)
          throw new Error(
            `search ${JSON.stringify(query)} (${mode}) failed: ${JSON.stringify(result.content)}`
          )
      }
    }
    return { startSeconds, readySeconds, loadedMB, peakMB: statusMB(pid, 'VmHWM'), latencyMs }
  } finally {
    await client.close()
  }
}
