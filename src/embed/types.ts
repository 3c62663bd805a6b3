import type { Dtype } from '../config/types.js'

/** A model on local disk, ready to load: the folder has modelFiles(dtype). */
export interface ResolvedModel {
  /** Absolute local folder. */
  dir: string
  id: string
  revision: string
  dtype: Dtype
  /** Vector length: hidden_size from config.json. */
  dimension: number
}

/** One text to embed. */
export interface EmbedItem {
  text: string
  /** Exact token count, [CLS] and [SEP] included (from the chunker's token counter). */
  tokens: number
  /** Where the text came from (a file path), for error messages. */
  label: string
}

export interface Log {
  info(message: string): void
  warning(message: string): void
}

/** How to start a worker: the script and Node's flags for it (tests add `--import tsx`). */
export interface WorkerEntry {
  script: string
  execArgv: string[]
}
