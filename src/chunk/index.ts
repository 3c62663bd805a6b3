/** Files cut into chunks: by syntax where a grammar reads them, by the line rule otherwise. */
export type { CountTokens } from './count-tokens.js'
export { chunkFile, chunkingSettings } from './file-chunker.js'
export type { ChunkRule, ChunkerUsed } from './file-chunker.js'
export { splitLines } from './lines.js'
