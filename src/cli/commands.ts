/**
 * `embed-index index|query|merge|verify|help`: the same pipeline as the action, for reproducing CI
 * locally. Messages go to stderr, results (query hits, verify verdict) to stdout. Returns the exit
 * code: 0 done, 1 failed (a ConfigError, 2, is thrown).
 */
import { resolve } from 'node:path'
import { mergeIndexes } from '../artifact/merge.js'
import { readIndex } from '../artifact/read.js'
import { verifyIndex } from '../artifact/verify.js'
import type { Command } from '../config/options.js'
import { ConfigError, OptionReader, parseIndexCommand, parseQueryCommand } from '../config/parse.js'
import { buildIndex } from '../pipeline/build-index.js'
import { throughputGateFailure } from '../report/gate.js'
import type { Log } from '../report/log.js'
import { queryIndex } from '../serve/query.js'
import { noPositionals, parseCommandLine } from './argv.js'
import { usage } from './help.js'

const log: Log = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`)
}

const COMMAND_RUNS: Record<Command, (argv: string[]) => Promise<number>> = {
  index: indexCommand,
  query: queryCommand,
  merge: mergeCommand,
  verify: verifyCommand
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    process.stdout.write(usage() + '\n')
    return command === undefined ? 2 : 0
  }
  if (!Object.hasOwn(COMMAND_RUNS, command)) {
    throw new ConfigError(
      `unknown command ${JSON.stringify(command)}; expected index, query, merge, verify or help`
    )
  }
  return COMMAND_RUNS[command as Command](rest)
}

async function indexCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('index', argv)
  noPositionals(line)
  const config = parseIndexCommand(line.raw)
  const { stats } = await buildIndex(config, { log })
  log.info(
    `indexed ${stats.files_total} files (${stats.files_embedded} embedded, ${stats.files_reused} reused, ${stats.files_skipped} skipped), ` +
      `${stats.chunks_total} chunks in ${stats.wall_seconds}s: ${stats.files_per_second} files/s, ` +
      `${stats.chunks_per_second} chunks/s, ${stats.tokens_per_second} tokens/s → ${config.output}`
  )
  const failure = throughputGateFailure(stats, config.minFilesPerSecond, '--min-files-per-second')
  if (failure === undefined) return 0
  log.warning(failure)
  return 1
}

async function queryCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('query', argv)
  noPositionals(line)
  const dir = new OptionReader(line.raw, 'query', process.cwd()).required('index')
  const index = await readIndex(dir)
  const config = parseQueryCommand(line.raw, index.manifest.model)
  const hits = await queryIndex(index, config, log)
  if (config.json) {
    process.stdout.write(JSON.stringify(hits, null, 2) + '\n')
    return 0
  }
  for (const hit of hits) {
    process.stdout.write(`${hit.score.toFixed(4)}  ${hit.path}:${hit.start_line}-${hit.end_line}\n`)
  }
  return 0
}

async function mergeCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('merge', argv)
  const out = new OptionReader(line.raw, 'merge', process.cwd()).required('output')
  if (line.positionals.length === 0) throw new ConfigError('merge needs the shard index folders')
  const manifest = await mergeIndexes(
    line.positionals.map(p => resolve(p)),
    out
  )
  log.info(
    `merged ${line.positionals.length} shards: ${manifest.counts.files} files, ${manifest.counts.chunks} chunks → ${out}`
  )
  return 0
}

async function verifyCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('verify', argv)
  noPositionals(line)
  const dir = new OptionReader(line.raw, 'verify', process.cwd()).required('index')
  const result = await verifyIndex(dir)
  if (result.ok) {
    process.stdout.write(`ok: ${dir}: ${result.files} files, ${result.chunks} chunks\n`)
    return 0
  }
  process.stdout.write(`invalid: ${dir}: ${result.reason}\n`)
  return 1
}
