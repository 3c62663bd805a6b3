import { statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseShard } from '../scan/shard.js'
import {
  INDEX_OPTIONS,
  optionLabel,
  QUERY_OPTIONS,
  type OptionSpec,
  type Surface
} from './options.js'
import type {
  ActionConfig,
  Dtype,
  IndexConfig,
  ModelConfig,
  QueryConfig,
  RawOptions,
  Reindex
} from './types.js'

/** A bad option value: the message names the option as the user spelled it and what is accepted. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const LIMITS = {
  batchSize: { min: 1, max: 512 },
  maxTokens: { min: 16, max: 512 },
  maxFileBytes: { min: 1, max: 1024 * 1024 * 1024 },
  top: { min: 1, max: 10000 }
} as const

interface Context {
  surface: Surface
  cwd: string
  env: NodeJS.ProcessEnv
}

/** Reads one option of a table, applying its default, with errors that name it. */
class Reader {
  constructor(
    private readonly specs: readonly OptionSpec[],
    private readonly raw: RawOptions,
    private readonly ctx: Context
  ) {}

  spec(name: string): OptionSpec {
    const spec = this.specs.find(s => s.name === name)
    if (!spec) throw new Error(`internal: unknown option ${name}`)
    return spec
  }

  fail(name: string, value: string, expected: string): never {
    throw new ConfigError(
      `${optionLabel(this.spec(name), this.ctx.surface)}: ${JSON.stringify(value)} is not valid; expected ${expected}`
    )
  }

  list(name: string): string[] {
    return (this.raw[name] ?? []).map(v => v.trim()).filter(v => v !== '')
  }

  optional(name: string): string | undefined {
    const values = this.list(name)
    return values.length > 0 ? values[values.length - 1] : this.spec(name).default
  }

  required(name: string): string {
    const value = this.optional(name)
    if (value === undefined) {
      throw new ConfigError(`${optionLabel(this.spec(name), this.ctx.surface)} is required`)
    }
    return value
  }

  boolean(name: string): boolean {
    const value = this.required(name)
    if (/^(true|yes|1)$/i.test(value)) return true
    if (/^(false|no|0)$/i.test(value)) return false
    return this.fail(name, value, "'true' or 'false'")
  }

  integer(name: string, min: number, max: number): number {
    const value = this.required(name)
    const n = Number(value)
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
      this.fail(name, value, `an integer from ${min} to ${max}`)
    }
    return n
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.required(name)
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(name, value, allowed.map(a => `'${a}'`).join(' or '))
    }
    return value as T
  }

  path(name: string): string | undefined {
    const value = this.optional(name)
    return value === undefined ? undefined : resolve(this.ctx.cwd, value)
  }
}

function readModel(
  r: Reader,
  ctx: Context,
  defaults: { id?: string; revision?: string; dtype?: Dtype } = {}
): ModelConfig {
  const hubUrl = r.required('hub-url')
  let url: URL | undefined
  try {
    url = new URL(hubUrl)
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol)) r.fail('hub-url', hubUrl, 'an http(s) URL')
  const id = r.optional('model') ?? defaults.id
  if (id === undefined || !/^[\w.-]+(\/[\w.-]+)?$/.test(id) || id.includes('..')) {
    r.fail('model', id ?? '', "a model id such as 'Xenova/all-MiniLM-L6-v2'")
  }
  const dtype =
    r.optional('dtype') === undefined && defaults.dtype
      ? defaults.dtype
      : r.oneOf<Dtype>('dtype', ['fp32', 'q8'])
  const revision = r.optional('model-revision') ?? defaults.revision ?? r.required('model-revision')
  if (!/^[\w.\-/]+$/.test(revision) || revision.includes('..')) {
    r.fail('model-revision', revision, 'a branch, tag or commit name')
  }
  return {
    id,
    revision,
    dtype,
    path: r.path('model-path'),
    hubUrl: hubUrl.replace(/\/+$/, ''),
    cacheDir: r.path('cache-dir') ?? defaultCacheDir(ctx.env)
  }
}

function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, 'embed-index', 'models')
    : join(homedir(), '.cache', 'embed-index', 'models')
}

function readRoot(r: Reader, ctx: Context): string {
  const root = resolve(ctx.cwd, r.required('path'))
  let isDir = false
  try {
    isDir = statSync(root).isDirectory()
  } catch {
    // reported below
  }
  if (!isDir) r.fail('path', root, 'an existing directory')
  return root
}

function readIndexConfig(r: Reader, ctx: Context): IndexConfig {
  const workers = r.required('workers')
  if (workers !== 'auto' && !(/^\d+$/.test(workers) && Number(workers) >= 1)) {
    r.fail('workers', workers, "'auto' or an integer >= 1")
  }
  const shardText = r.optional('shard')
  let shard
  if (shardText !== undefined) {
    try {
      shard = parseShard(shardText)
    } catch (error) {
      r.fail('shard', shardText, `'I/N' with 1 <= I <= N (${(error as Error).message})`)
    }
  }
  const minRate = r.optional('min-files-per-second')
  if (minRate !== undefined && !(Number.isFinite(Number(minRate)) && Number(minRate) >= 0)) {
    r.fail('min-files-per-second', minRate, 'a number >= 0')
  }
  const root = readRoot(r, ctx)
  const output = resolve(ctx.cwd, r.required('output'))
  // Its files would replace the repository's own (a project's manifest.json) and be indexed by
  // the next run.
  if (output === root) r.fail('output', output, 'a folder other than the root being indexed')
  return {
    root,
    output,
    include: r.list('include'),
    exclude: r.list('exclude'),
    gitignore: r.boolean('gitignore'),
    excludeSecrets: r.boolean('exclude-secrets'),
    maxFileBytes: r.integer('max-file-bytes', LIMITS.maxFileBytes.min, LIMITS.maxFileBytes.max),
    maxTokens: r.integer('max-tokens', LIMITS.maxTokens.min, LIMITS.maxTokens.max),
    workers: workers === 'auto' ? 'auto' : Number(workers),
    batchSize: r.integer('batch-size', LIMITS.batchSize.min, LIMITS.batchSize.max),
    model: readModel(r, ctx),
    shard,
    storeText: r.boolean('store-text'),
    reindex: r.oneOf<Reindex>('reindex', ['incremental', 'full']),
    prior: ctx.surface === 'cli' ? r.path('prior') : undefined,
    minFilesPerSecond: minRate === undefined ? undefined : Number(minRate),
    statsJson: ctx.surface === 'cli' ? r.path('stats-json') : undefined
  }
}

function context(surface: Surface, cwd?: string, env?: NodeJS.ProcessEnv): Context {
  return { surface, cwd: cwd ?? process.cwd(), env: env ?? process.env }
}

export function parseCliIndexConfig(
  raw: RawOptions,
  cwd?: string,
  env?: NodeJS.ProcessEnv
): IndexConfig {
  const ctx = context('cli', cwd, env)
  const r = new Reader(INDEX_OPTIONS, raw, ctx)
  // The CLI has no default output folder: writing one into the cwd by surprise loses nothing
  // but confuses; ask for it.
  if (r.list('output').length === 0) throw new ConfigError('--out is required')
  return readIndexConfig(r, ctx)
}

export function parseActionConfig(
  raw: RawOptions,
  cwd?: string,
  env?: NodeJS.ProcessEnv
): ActionConfig {
  const ctx = context('action', cwd, env)
  const r = new Reader(INDEX_OPTIONS, raw, ctx)
  const mode = r.oneOf<'index' | 'merge'>('mode', ['index', 'merge'])
  const mergeFrom = r.list('merge-from')
  if (mode === 'merge' && mergeFrom.length === 0) {
    throw new ConfigError("input 'merge-from' is required when mode is 'merge'")
  }
  return {
    ...readIndexConfig(r, ctx),
    mode,
    mergeFrom,
    cache: r.boolean('cache'),
    cacheKeyPrefix: readKeyPrefix(r)
  }
}

function readKeyPrefix(r: Reader): string {
  const prefix = r.required('cache-key-prefix')
  if (!/^[\w.-]{1,64}$/.test(prefix))
    r.fail('cache-key-prefix', prefix, 'letters, digits, ._- (at most 64)')
  return prefix
}

/** Query options; model id and dtype fall back to those recorded in the index. */
export function parseQueryConfig(
  raw: RawOptions,
  indexModel: { id: string; revision: string; dtype: Dtype },
  cwd?: string,
  env?: NodeJS.ProcessEnv
): QueryConfig {
  const ctx = context('cli', cwd, env)
  const r = new Reader(QUERY_OPTIONS, raw, ctx)
  return {
    text: r.required('text'),
    top: r.integer('top', LIMITS.top.min, LIMITS.top.max),
    json: r.boolean('json'),
    model: readModel(r, ctx, indexModel)
  }
}
