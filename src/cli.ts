/**
 * `node dist/cli.js index|query|merge|verify`: the same pipeline as the action, for reproducing
 * CI locally. Messages go to stderr, results (query hits, verify verdict) to stdout.
 */
import { parseArgv } from './config/argv.js'
import { INDEX_OPTIONS, QUERY_OPTIONS, type OptionSpec } from './config/options.js'
import { ConfigError, parseCliIndexConfig, parseQueryConfig } from './config/parse.js'
import type { Log } from './embed/types.js'
import { mergeIndexes } from './index/merge.js'
import { readIndex } from './index/read.js'
import { verifyIndex } from './index/verify.js'
import { runIndex } from './pipeline.js'
import { queryIndex } from './query.js'
import { resolve } from 'node:path'
import { errorMessage } from './util/error-message.js'

const log: Log = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`)
}

function usage(): string {
  const flags = (specs: readonly OptionSpec[]): string =>
    specs
      .filter(s => s.surfaces.includes('cli'))
      .map(s => {
        const flag = s.boolean ? `--[no-]${s.flag ?? s.name}` : `--${s.flag ?? s.name} VALUE`
        const def = s.default !== undefined ? ` (default: ${s.default})` : ''
        return `  ${flag.padEnd(28)} ${s.description}${def}`
      })
      .join('\n')
  return [
    'usage: node dist/cli.js <command> [flags]',
    '',
    'commands:',
    '  index   --root DIR --out DIR [flags]   build (or incrementally update) an index',
    '  query   --index DIR --text STR [flags] search an index',
    '  merge   --out DIR SHARD_DIR...          combine shard indexes into one',
    '  verify  --index DIR                     check an index is whole; exit 1 if not',
    '',
    'index flags:',
    flags(INDEX_OPTIONS),
    '',
    'query flags:',
    flags(QUERY_OPTIONS)
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  switch (command) {
    case 'index': {
      const { options, positionals } = parseArgv(
        rest,
        INDEX_OPTIONS.filter(s => s.surfaces.includes('cli'))
      )
      if (positionals.length > 0) throw new ConfigError(`unexpected argument ${positionals[0]}`)
      const config = parseCliIndexConfig(options)
      const { stats } = await runIndex(config, { log })
      log.info(
        `indexed ${stats.files_total} files (${stats.files_embedded} embedded, ${stats.files_reused} reused, ${stats.files_skipped} skipped), ` +
          `${stats.chunks_total} chunks in ${stats.wall_seconds}s: ${stats.files_per_second} files/s, ` +
          `${stats.chunks_per_second} chunks/s, ${stats.tokens_per_second} tokens/s → ${config.output}`
      )
      if (
        config.minFilesPerSecond !== undefined &&
        stats.files_per_second < config.minFilesPerSecond
      ) {
        log.warning(
          `files/sec ${stats.files_per_second} is below --min-files-per-second ${config.minFilesPerSecond}`
        )
        return 1
      }
      return 0
    }
    case 'query': {
      const { options, positionals } = parseArgv(rest, QUERY_OPTIONS)
      if (positionals.length > 0) throw new ConfigError(`unexpected argument ${positionals[0]}`)
      if (!options.index?.length) throw new ConfigError('--index is required')
      const index = await readIndex(resolve(options.index[options.index.length - 1]))
      const config = parseQueryConfig(options, index.manifest.model)
      const hits = await queryIndex(index, config, log)
      if (config.json) {
        process.stdout.write(JSON.stringify(hits, null, 2) + '\n')
      } else {
        for (const hit of hits) {
          process.stdout.write(
            `${hit.score.toFixed(4)}  ${hit.path}:${hit.start_line}-${hit.end_line}\n`
          )
        }
      }
      return 0
    }
    case 'merge': {
      const spec = INDEX_OPTIONS.filter(s => s.name === 'output')
      const { options, positionals } = parseArgv(rest, spec)
      if (!options.output?.length) throw new ConfigError('--out is required')
      if (positionals.length === 0) throw new ConfigError('merge needs the shard index folders')
      const out = resolve(options.output[options.output.length - 1])
      const manifest = await mergeIndexes(
        positionals.map(p => resolve(p)),
        out
      )
      log.info(
        `merged ${positionals.length} shards: ${manifest.counts.files} files, ${manifest.counts.chunks} chunks → ${out}`
      )
      return 0
    }
    case 'verify': {
      const spec = QUERY_OPTIONS.filter(s => s.name === 'index')
      const { options, positionals } = parseArgv(rest, spec)
      if (positionals.length > 0) throw new ConfigError(`unexpected argument ${positionals[0]}`)
      if (!options.index?.length) throw new ConfigError('--index is required')
      const dir = resolve(options.index[options.index.length - 1])
      const result = await verifyIndex(dir)
      if (result.ok) {
        process.stdout.write(`ok: ${dir}: ${result.files} files, ${result.chunks} chunks\n`)
        return 0
      }
      process.stdout.write(`invalid: ${dir}: ${result.reason}\n`)
      return 1
    }
    case 'help':
    case '--help':
    case '-h':
    case undefined:
      process.stdout.write(usage() + '\n')
      return command === undefined ? 2 : 0
    default:
      throw new ConfigError(
        `unknown command ${JSON.stringify(command)}; expected index, query, merge, verify or help`
      )
  }
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = errorMessage(error)
    process.stderr.write(`error: ${message}\n`)
    process.exitCode = error instanceof ConfigError ? 2 : 1
  }
)
