/**
 * Reads option values by the table in ./options.ts, once, into typed settings. Errors name the
 * option as the surface spells it (`--max-tokens`, `input 'max-tokens'`) and what it accepts.
 */
import { statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import type { ChunkRule } from '../chunk/index.js'
import type { Dtype, ModelConfig } from '../core/index.js'
import { expandFolderPattern, globProblem } from '../scan/index.js'
import { parseShard, type Shard } from '../core/index.js'
import { errorMessage } from '../util/index.js'
import { parseRepository } from '../core/index.js'
import {
  DEFAULT_INDEX_DIR,
  optionLabel,
  optionSpec,
  takesSeveral,
  type OptionName,
  type OptionValue,
  type Surface,
  type ValueSpec
} from './options.js'

/** A bad option value: the message names the option as the user spelled it and what is accepted. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Option values as written, by option name; a repeated flag or a multi-line input gives several. */
export type RawOptions = Partial<Record<OptionName, string[]>>

/** Which files of a tree are indexed (scanRepository's rules): what the manifest does not record. */
export interface ScanSettings {
  include: string[]
  exclude: string[]
  gitignore: boolean
  excludeSecrets: boolean
  maxFileBytes: number
}

/** The validated settings of one indexing run, whichever surface it came from. */
export interface IndexConfig extends ScanSettings {
  root: string
  output: string
  maxTokens: number
  chunker: ChunkRule
  workers: number | 'auto'
  batchSize: number
  model: ModelConfig
  /** Load the q8 encoder through the graph rewrite (src/embed/fused-model.ts). */
  fuse: boolean
  shard?: Shard
  storeText: boolean
  reindex: 'incremental' | 'full'
  prior?: string
  /**
   * Without a prior given, the index already in the output folder is the prior (the CLI). The
   * action never does this: its output folder lies in the workspace a pull request writes, and its
   * prior comes from the cache.
   */
  priorInOutput: boolean
  minFilesPerSecond?: number
  statsJson?: string
}

export interface ActionConfig extends IndexConfig {
  mode: 'index' | 'merge'
  mergeFrom: string[]
  cache: boolean
  cacheKeyPrefix: string
  /** The relative throughput gate: the largest fraction chunks/sec may fall below the prior's. */
  maxSlowdown?: number
  comment: boolean
  cacheCleanup: boolean
  githubToken: string
}

/** What every command that searches an index reads besides the index: its model. */
interface SearchConfig {
  model: ModelConfig
}

interface QueryConfig extends SearchConfig {
  index: string
  /** The working tree the index was built from (`--root`), for chunk text. */
  root?: string
  text: string
  top: number
  mode: OptionValue<'search-mode'>
  minScore?: number
  json: boolean
  timings: boolean
}

/** One index `serve` serves, and the working tree its chunk text may come from. */
export interface ServedIndex {
  index: string
  root?: string
  /** No --index was given: this is the default folder, which only pull fills. */
  byDefault?: boolean
}

/** YAML 1.2's spellings, as @actions/core's getBooleanInput takes them. */
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** Reads options of one surface from raw values, applying defaults, with errors that name them. */
export class OptionReader {
  constructor(
    private readonly raw: RawOptions,
    private readonly surface: Surface,
    private readonly cwd: string
  ) {}

  /** Whether the user gave a value. */
  given(name: OptionName): boolean {
    return this.texts(name).length > 0
  }

  /** The option's value, its default when not given, undefined when it has neither. */
  optional<N extends OptionName>(name: N): OptionValue<N> | undefined {
    const spec = optionSpec(name)
    const texts = this.texts(name)
    const required = spec.required?.includes(this.surface)
    if (takesSeveral(name)) {
      for (const text of spec.value.kind === 'globs' ? texts : []) {
        const problem = globProblem(text)
        if (problem !== null) this.fail(name, text, `a glob relative to the root (it ${problem})`)
      }
      return texts as OptionValue<N>
    }
    const text = texts.length > 0 ? texts[texts.length - 1] : required ? undefined : spec.default
    return text === undefined ? undefined : (this.convert(name, spec.value, text) as OptionValue<N>)
  }

  required<N extends OptionName>(name: N): OptionValue<N> {
    const value = this.optional(name)
    if (value === undefined) throw new ConfigError(`${optionLabel(name, this.surface)} is required`)
    return value
  }

  fail(name: OptionName, text: string, expected: string): never {
    throw new ConfigError(
      `${optionLabel(name, this.surface)}: ${JSON.stringify(text)} is not valid; expected ${expected}`
    )
  }

  /**
   * The values written. An empty value is an error: on the CLI it was typed; in Actions the runner
   * passes an omitted input as its default, so an empty one was set explicitly. Only inputs
   * without a default come as '' when omitted, and mean "not given" then.
   */
  private texts(name: OptionName): string[] {
    const spec = optionSpec(name)
    const texts = this.raw[name] ?? []
    const omitted = this.surface === 'action' && spec.default === undefined
    if (omitted) return texts.filter(text => text.trim() !== '')
    if (!spec.mayBeEmpty && texts.some(text => text.trim() === '')) {
      throw new ConfigError(
        `${optionLabel(name, this.surface)} is empty; expected ${expected(spec.value)}`
      )
    }
    return texts.map(text => (spec.value.kind === 'text' ? text : text.trim()))
  }

  private convert(name: OptionName, value: ValueSpec, text: string): unknown {
    const bad = (): never => this.fail(name, text, expected(value))
    switch (value.kind) {
      case 'boolean':
        return TRUE.includes(text) ? true : FALSE.includes(text) ? false : bad()
      case 'integer': {
        const n = Number(text)
        return /^\d+$/.test(text) && n >= value.min && n <= value.max ? n : bad()
      }
      case 'number': {
        const n = Number(text)
        return Number.isFinite(n) && n >= value.min && n <= (value.max ?? Infinity) ? n : bad()
      }
      case 'choice':
        return value.choices.includes(text) ? text : bad()
      case 'text':
        return value.valid(text) ? text : bad()
      case 'url':
        return /^https?:$/.test(urlProtocol(text)) ? text.replace(/\/+$/, '') : bad()
      case 'path':
        return resolve(this.cwd, text)
      case 'folder': {
        const folder = resolve(this.cwd, text)
        return isFolder(folder) ? folder : this.fail(name, folder, expected(value))
      }
      case 'workers':
        return text === 'auto'
          ? 'auto'
          : /^\d+$/.test(text) && Number(text) >= 1
            ? Number(text)
            : bad()
      case 'shard':
        try {
          return parseShard(text)
        } catch (error) {
          return this.fail(name, text, `${expected(value)} (${errorMessage(error)})`)
        }
    }
  }
}

/** What an option of this kind accepts, in words. */
function expected(value: ValueSpec): string {
  switch (value.kind) {
    case 'boolean':
      return "'true' or 'false'"
    case 'integer':
      return `an integer from ${value.min} to ${value.max}`
    case 'number':
      return value.max === undefined
        ? `a number >= ${value.min}`
        : `a number from ${value.min} to ${value.max}`
    case 'choice':
      return value.choices.map(choice => `'${choice}'`).join(' or ')
    case 'text':
      return value.expected
    case 'url':
      return 'an http(s) URL'
    case 'path':
      return 'a path'
    case 'folder':
      return 'an existing directory'
    case 'list':
      return 'one or more values'
    case 'globs':
      return 'globs relative to the root'
    case 'workers':
      return "'auto' or an integer >= 1"
    case 'shard':
      return "'I/N' with 1 <= I <= N"
  }
}

function urlProtocol(text: string): string {
  try {
    return new URL(text).protocol
  } catch {
    return ''
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** The model settings; on commands that read an index, `fromIndex` fills what is not given. */
function readModel(
  r: OptionReader,
  env: NodeJS.ProcessEnv,
  fromIndex?: { id: string; revision: string; dtype: Dtype }
): ModelConfig {
  const pick = <N extends 'model' | 'model-revision' | 'dtype'>(
    name: N,
    indexValue: OptionValue<N> | undefined
  ): OptionValue<N> => (indexValue !== undefined && !r.given(name) ? indexValue : r.required(name))
  const cacheDir = r.optional('cache-dir')
  return {
    id: pick('model', fromIndex?.id),
    revision: pick('model-revision', fromIndex?.revision),
    dtype: pick('dtype', fromIndex?.dtype),
    path: r.optional('model-path'),
    hubUrl: r.required('hub-url'),
    cacheDir: cacheDir ?? defaultCacheDir(env)
  }
}

function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, 'embed-index', 'models')
    : join(homedir(), '.cache', 'embed-index', 'models')
}

function readIndexConfig(r: OptionReader, surface: Surface, env: NodeJS.ProcessEnv): IndexConfig {
  const root = r.required('path')
  return {
    root,
    output: r.required('output'),
    ...readScanSettings(r, root),
    maxTokens: r.required('max-tokens'),
    chunker: r.required('chunker'),
    workers: r.required('workers'),
    batchSize: r.required('batch-size'),
    model: readModel(r, env),
    fuse: r.required('fuse'),
    shard: r.optional('shard'),
    storeText: r.required('store-text'),
    reindex: r.required('reindex'),
    prior: surface === 'index' ? r.optional('prior') : undefined,
    priorInOutput: surface === 'index',
    minFilesPerSecond: r.optional('min-files-per-second'),
    statsJson: surface === 'index' ? r.optional('stats-json') : undefined
  }
}

function readScanSettings(r: OptionReader, root: string): ScanSettings {
  return {
    include: r.required('include').map(pattern => expandFolderPattern(pattern, root)),
    exclude: r.required('exclude'),
    gitignore: r.required('gitignore'),
    excludeSecrets: r.required('exclude-secrets'),
    maxFileBytes: r.required('max-file-bytes')
  }
}

/** What query and serve do with a working tree: whether to follow it, and by which scan rules. */
export interface TreeConfig {
  watch: boolean
  /** serve only: write the tree's index into the served folder after each change. */
  writeBack: boolean
  scan: ScanSettings
}

/** query's and serve's working-tree flags, for the tree at `root`. */
export function parseTreeConfig(
  raw: RawOptions,
  surface: 'query' | 'serve',
  root: string,
  cwd = process.cwd()
): TreeConfig {
  const r = new OptionReader(raw, surface, cwd)
  return {
    watch: r.required('watch'),
    writeBack: surface === 'serve' && r.required('write-back'),
    scan: readScanSettings(r, root)
  }
}

/** `embed-index index` flags. */
export function parseIndexCommand(
  raw: RawOptions,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
): IndexConfig {
  return readIndexConfig(new OptionReader(raw, 'index', cwd), 'index', env)
}

/** The action's inputs; paths are relative to the workspace. */
export function parseActionConfig(
  raw: RawOptions,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
): ActionConfig {
  const r = new OptionReader(raw, 'action', cwd)
  const mode = r.required('mode')
  const mergeFrom = r.required('merge-from')
  if (mode === 'merge' && mergeFrom.length === 0) {
    throw new ConfigError("input 'merge-from' is required when mode is 'merge'")
  }
  return {
    ...readIndexConfig(r, 'action', env),
    mode,
    mergeFrom,
    cache: r.required('cache'),
    cacheKeyPrefix: r.required('cache-key-prefix'),
    maxSlowdown: r.optional('max-slowdown'),
    comment: r.required('comment'),
    cacheCleanup: r.required('cache-cleanup'),
    githubToken: r.required('github-token')
  }
}

type IndexModelNames = { id: string; revision: string; dtype: Dtype }

/**
 * The parser of a command that searches an index: the model flags, whose id, revision and dtype
 * default to the index's, plus those `readOwn` reads.
 */
function searchCommandParser<Own>(
  surface: 'query' | 'serve',
  readOwn: (r: OptionReader) => Own
): (
  raw: RawOptions,
  indexModel: IndexModelNames,
  cwd?: string,
  env?: NodeJS.ProcessEnv
) => SearchConfig & Own {
  return (raw, indexModel, cwd = process.cwd(), env = process.env) => {
    const r = new OptionReader(raw, surface, cwd)
    return { model: readModel(r, env, indexModel), ...readOwn(r) }
  }
}

/** `embed-index query` flags. */
export const parseQueryCommand = searchCommandParser(
  'query',
  (r): Omit<QueryConfig, keyof SearchConfig> => ({
    index: r.required('index'),
    root: r.optional('working-tree'),
    text: r.required('text'),
    top: r.required('top'),
    mode: r.required('search-mode'),
    minScore: r.optional('min-score'),
    json: r.required('json'),
    timings: r.required('timings')
  })
)

/** `embed-index pull` flags. */
export function parsePullCommand(
  raw: RawOptions,
  cwd = process.cwd(),
  env: NodeJS.ProcessEnv = process.env
) {
  const r = new OptionReader(raw, 'pull', cwd)
  const repo = r.optional('repo')
  return {
    root: r.required('checkout'),
    index: r.required('index'),
    repository: repo === undefined ? undefined : parseRepository(repo),
    artifact: r.required('artifact'),
    apiUrl: r.required('api-url'),
    modelCacheDir: r.optional('cache-dir') ?? defaultCacheDir(env)
  }
}

/** `embed-index serve`'s model for one of its indexes, whose manifest names `indexModel`. */
export const parseServeCommand = searchCommandParser('serve', () => ({}))

/**
 * `embed-index serve`'s indexes, in the order given: each `--index INDEX` or `--index INDEX=ROOT`;
 * `--root` is the working tree of the first that names none of its own. A value that names an
 * existing folder whole is an index folder, so a folder whose name holds '=' still serves.
 */
export function parseServedIndexes(raw: RawOptions, cwd = process.cwd()): ServedIndex[] {
  const r = new OptionReader(raw, 'serve', cwd)
  const firstRoot = r.optional('working-tree')
  const values = r.optional('served-indexes') ?? []
  // No --index: the folder pull fills, as for query.
  if (values.length === 0) {
    const index = resolve(cwd, DEFAULT_INDEX_DIR)
    return [{ index, byDefault: true, ...(firstRoot ? { root: firstRoot } : {}) }]
  }
  return values.map((value, i) => {
    const equals = value.indexOf('=')
    if (equals < 0 || isFolder(resolve(cwd, value))) {
      return { index: resolve(cwd, value), ...(i === 0 && firstRoot ? { root: firstRoot } : {}) }
    }
    const root = resolve(cwd, value.slice(equals + 1))
    if (!isFolder(root)) {
      r.fail('served-indexes', value, 'INDEX or INDEX=ROOT, ROOT an existing directory')
    }
    if (i === 0 && firstRoot !== undefined) {
      throw new ConfigError(
        `--root and ${JSON.stringify(value)} both name the first index's working tree: give one`
      )
    }
    return { index: resolve(cwd, value.slice(0, equals)), root }
  })
}
