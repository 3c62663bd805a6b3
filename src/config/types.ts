export type Dtype = 'fp32' | 'q8'
export type Reindex = 'incremental' | 'full'

/** 1-based shard I of N. */
export interface Shard {
  index: number
  count: number
}

/** Option values as written, by option name; repeated flags / input lines give several. */
export type RawOptions = Record<string, string[] | undefined>

export interface ModelConfig {
  id: string
  revision: string
  /** A local model folder; when set nothing is downloaded. */
  path?: string
  dtype: Dtype
  hubUrl: string
  cacheDir: string
}

/** The validated settings of one indexing run, whichever surface it came from. */
export interface IndexConfig {
  root: string
  output: string
  include: string[]
  exclude: string[]
  gitignore: boolean
  excludeSecrets: boolean
  maxFileBytes: number
  maxTokens: number
  workers: number | 'auto'
  batchSize: number
  model: ModelConfig
  shard?: Shard
  storeText: boolean
  reindex: Reindex
  prior?: string
  minFilesPerSecond?: number
  statsJson?: string
}

export interface ActionConfig extends IndexConfig {
  mode: 'index' | 'merge'
  mergeFrom: string[]
  cache: boolean
  cacheKeyPrefix: string
}

export interface QueryConfig {
  text: string
  top: number
  json: boolean
  model: ModelConfig
}
