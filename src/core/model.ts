/** Which weights file the model loads: full precision, or quantised to 8 bits. */
export type Dtype = 'fp32' | 'q8'

/** Where the model comes from: a local folder, or the hub (downloaded once into cacheDir). */
export interface ModelConfig {
  id: string
  revision: string
  /** A local model folder; when set nothing is downloaded. */
  path?: string
  dtype: Dtype
  /** Without a trailing slash. */
  hubUrl: string
  cacheDir: string
}

/**
 * Which model made a set of vectors: what a manifest records and a loaded model knows of itself.
 * Files are told apart by the hub commit they came from, else by their digest.
 */
export interface ModelIdentity {
  id: string
  revision: string
  commit: string | null
  /** Present exactly when commit is null, except in manifests written before it was recorded. */
  sha256?: string
  dtype: Dtype
  /** Vector length: hidden_size from config.json. */
  dimension: number
}
