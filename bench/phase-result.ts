/** What a bench child process (naive, ceiling) reports about its own work. */
export interface PhaseResult {
  files: number
  chunks: number
  /** Real tokens of the chunks, [CLS] and [SEP] included; padding not counted. */
  tokens: number
  /** Loading the model (all sessions ready). */
  loadSeconds: number
  /** Embedding alone, model load excluded. */
  embedSeconds: number
  /** Ceiling only: how the cores were split. */
  processes?: number
  threads?: number
}
