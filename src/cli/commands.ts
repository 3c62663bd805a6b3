/**
 * `embed-index index|query|serve|pull|merge|verify|export|help`: the same pipeline as the action, for
 * reproducing CI locally, and the index's search for people (query) and agents (serve, MCP on
 * stdio). Messages go to stderr, results (query hits, verify verdict, MCP messages) to stdout.
 * Returns the exit code: 0 done, 1 failed (a ConfigError, 2, is thrown).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { mergeIndexes } from '../artifact/index.js'
import { readVerifiedIndex, verifyIndex, type Manifest } from '../artifact/index.js'
import { COMMANDS, type Command } from '../config/index.js'
import {
  ConfigError,
  OptionReader,
  parseIndexCommand,
  parsePullCommand,
  parseQueryCommand,
  parseServeCommand,
  parseServedIndexes,
  parseTreeConfig
} from '../config/index.js'
import { Timings, type Log } from '../core/index.js'
import { noPositionals, parseCommandLine, type CommandLine } from './argv.js'
import { commandUsage, usage } from './help.js'
import { renderHits } from './hits.js'
import { nearest } from './nearest.js'
import { printable } from '../util/index.js'
import { TOOL_VERSION } from '../version.js'

const log: Log = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`)
}

const COMMAND_RUNS: Record<Command, (argv: string[]) => Promise<number>> = {
  index: indexCommand,
  query: queryCommand,
  serve: serveCommand,
  merge: mergeCommand,
  verify: verifyCommand,
  export: exportCommand,
  pull: pullCommand
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    const topic = rest[0]
    process.stdout.write((isCommand(topic) ? commandUsage(topic) : usage()) + '\n')
    return command === undefined ? 2 : 0
  }
  if (command === '--version' || command === '-V') {
    process.stdout.write(`${TOOL_VERSION}\n`)
    return 0
  }
  if (!isCommand(command)) {
    const suggestion = nearest(command, COMMANDS)
    const hint = suggestion === undefined ? '' : ` did you mean ${suggestion}?`
    throw new ConfigError(
      `unknown command ${JSON.stringify(command)};${hint} expected ${COMMANDS.join(', ')} or help`
    )
  }
  if (asksForHelp(rest)) {
    process.stdout.write(commandUsage(command) + '\n')
    return 0
  }
  return COMMAND_RUNS[command](rest)
}

function isCommand(word: string | undefined): word is Command {
  return word !== undefined && Object.hasOwn(COMMAND_RUNS, word)
}

/** `--help` or `-h` among a command's flags (before a `--`), wherever it stands. */
function asksForHelp(argv: string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).some(arg => arg === '--help' || arg === '-h')
}

async function indexCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('index', argv)
  noPositionals(line)
  const config = parseIndexCommand(line.raw)
  const [{ buildIndex }, { throughputGateFailure }] = await Promise.all([
    import('../pipeline/index.js'),
    import('../report/index.js')
  ])
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

/**
 * The index query names with --index (or the default folder pull fills), read and verified once;
 * with --timings, the phases that took.
 */
async function verifiedIndexOf(line: CommandLine, onManifest: (manifest: Manifest) => void) {
  const options = new OptionReader(line.raw, 'query', process.cwd())
  const dir = options.required('index')
  if (!options.given('index')) mustHavePulled(dir, 'query')
  const timings = options.required('timings') ? new Timings() : undefined
  // From the process's start: Node and this CLI's modules loaded.
  timings?.since('start-up', 0)
  return { dir, index: await readVerifiedIndex(dir, timings, onManifest), timings }
}

/** The default index folder, which only pull fills: without it, say how to get an index. */
function mustHavePulled(dir: string, command: 'query' | 'serve'): void {
  if (existsSync(dir)) return
  throw new Error(
    `no index in ${dir}, where ${command} looks without --index: fetch the one CI built with \`embed-index pull\`, or name one with --index DIR`
  )
}

// query and serve import the search side (the MCP SDK, zod, vector and keyword search) when they
// run: it is half of the bundle, and every other command starts faster without compiling it. So
// do index, pull and export theirs (the pipeline, the GitHub and Actions clients, undici): query
// and serve start without them.
async function queryCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('query', argv)
  noPositionals(line)
  const { EmbedderPool, SearchSession } = await import('../serve/index.js')
  const embedders = new EmbedderPool()
  // The model loads while the index is read (most of a query's time is the model's load); the
  // search uses it only once the index is verified and its model found to be this one.
  let modelStarted: number | undefined
  const { dir, index, timings } = await verifiedIndexOf(line, manifest => {
    const config = parseQueryCommand(line.raw, manifest.model)
    if (config.mode === 'keyword') return
    modelStarted ??= performance.now()
    embedders.prepare(manifest, config.model, log)
  })
  const config = parseQueryCommand(line.raw, index.manifest.model)
  const [keyword, semantic] = [config.mode !== 'semantic', config.mode !== 'keyword']
  const overlay = treeOverlay(line, 'query', config.root)
  const opening = performance.now()
  const session = await SearchSession.open(
    dir,
    index,
    { ...config, keyword, semantic, overlay },
    log,
    embedders
  )
  if (timings !== undefined) {
    timings.since('open session', opening)
    // Both go on in the background, the model's load from the manifest's read and the keyword
    // index's build from the session's opening; a phase ends when each is done.
    if (semantic) {
      const started = modelStarted ?? opening
      void session.model.settled().then(() => timings.since('model load', started))
    }
    session.keyword?.ready.then(
      () => timings.since('keyword index', opening),
      () => {}
    )
  }
  try {
    // The working tree as it is now, taken in once: a failure is warned of, and the index searched.
    await session.overlay?.refresh()
    const result = await session.search({
      text: config.text,
      top: config.top,
      mode: config.mode,
      minScore: config.minScore,
      timings
    })
    if (timings !== undefined) {
      timings.since('total', 0)
      log.info(timings.lines().join('\n'))
    }
    if (result.note !== undefined) log.warning(result.note)
    process.stdout.write(
      config.json ? JSON.stringify(result.hits, null, 2) + '\n' : renderHits(result.hits)
    )
  } finally {
    await session.close()
    await embedders.dispose()
  }
  return 0
}

async function serveCommand(argv: string[]): Promise<number> {
  const started = performance.now()
  // stdout carries the protocol alone: whatever a dependency logs goes to stderr.
  console.log = console.error
  const line = parseCommandLine('serve', argv)
  noPositionals(line)
  const indexes = await Promise.all(
    parseServedIndexes(line.raw).map(async ({ index: dir, root, byDefault }) => {
      if (byDefault) mustHavePulled(dir, 'serve')
      const index = await readVerifiedIndex(dir)
      const { model } = parseServeCommand(line.raw, index.manifest.model)
      return { dir, index, root, model, overlay: treeOverlay(line, 'serve', root) }
    })
  )
  const [{ ServedIndexes }, { serveOnStdio }] = await Promise.all([
    import('../serve/index.js'),
    import('../mcp/index.js')
  ])
  const served = await ServedIndexes.open(indexes, log)
  let [files, chunks] = [0, 0]
  for (const { index } of indexes)
    [files, chunks] = [files + index.manifest.counts.files, chunks + index.manifest.counts.chunks]
  const what =
    indexes.length === 1
      ? indexes[0].dir
      : `${indexes.length} indexes: ${served.repos.map((repo, i) => `${repo} = ${indexes[i].dir}`).join(', ')}`
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  log.info(
    `serving ${what} (${files} files, ${chunks} chunks; loaded in ${seconds} s) over MCP on stdin/stdout`
  )
  try {
    await serveOnStdio(served)
  } finally {
    await served.close()
  }
  return 0
}

/**
 * How query or serve follows the working tree at `root`: undefined without one, or with
 * --no-watch. --write-back asks for a tree followed.
 */
function treeOverlay(line: CommandLine, command: 'query' | 'serve', root: string | undefined) {
  const tree = parseTreeConfig(line.raw, command, root ?? process.cwd())
  if (tree.writeBack && (root === undefined || !tree.watch)) {
    throw new ConfigError(
      '--write-back writes the working tree it follows: give --root, not --no-watch'
    )
  }
  return root !== undefined && tree.watch
    ? { scan: tree.scan, writeBack: tree.writeBack }
    : undefined
}

async function pullCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('pull', argv)
  noPositionals(line)
  const { pullIndex } = await import('../pull/index.js')
  await pullIndex(parsePullCommand(line.raw), log)
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
  // The reason may quote the index's own values: escaped, it stays one line of plain text.
  process.stdout.write(`invalid: ${dir}: ${printable(result.reason)}\n`)
  return 1
}

/** `export --index DIR --to lancedb OUT_DIR`: the verified index, in another engine's format. */
async function exportCommand(argv: string[]): Promise<number> {
  const line = parseCommandLine('export', argv)
  if (line.positionals.length !== 1) {
    throw new ConfigError(
      'export takes one folder to write to: export --index DIR --to lancedb OUT_DIR'
    )
  }
  const options = new OptionReader(line.raw, 'export', process.cwd())
  const dir = options.required('index')
  options.required('export-format') // 'lancedb', the one format there is
  const out = resolve(line.positionals[0])
  const { exportToLanceDb } = await import('../export/index.js')
  const rows = await exportToLanceDb(await readVerifiedIndex(dir), out)
  log.info(`exported ${rows} rows of ${dir} to the LanceDB table chunks in ${out}`)
  return 0
}
