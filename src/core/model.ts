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
