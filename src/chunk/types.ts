/** Counts the tokens the model's tokenizer makes of a text, [CLS] and [SEP] included. */
export type CountTokens = (text: string) => number

export interface ChunkOptions {
  /** Largest chunk, [CLS] and [SEP] included: the embedder never truncates. */
  maxTokens: number
  countTokens: CountTokens
}

export interface Chunk {
  /** 1-based, inclusive; the pieces of a split long line share the line's number. */
  startLine: number
  endLine: number
  text: string
  /** countTokens(text), exactly. */
  tokens: number
  /** SHA-256 (hex) of text as UTF-8. */
  sha256: string
}
