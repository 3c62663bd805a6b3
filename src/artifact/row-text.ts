import { sha256Hex } from '../util/index.js'
import type { ChunkRow } from './format.js'

/**
 * Why a row's stored text is not the text it was made from, or null when every row's is. A row's
 * sha256 is the chunker's sha256Hex of its text (src/chunk/line-rule.ts), so text that does not hash
 * to it was written after indexing: forged text would otherwise pass verification, be copied into
 * every later incremental index and be served to agents as the repository's own. `rows` starts
 * at row `firstRow` of the index.
 */
export function storedTextProblem(rows: readonly ChunkRow[], firstRow = 0): string | null {
  for (let i = 0; i < rows.length; i++) {
    const { text, sha256, path, start_line, end_line } = rows[i]
    if (text !== undefined && sha256Hex(text) !== sha256) {
      return `row ${firstRow + i} (${JSON.stringify(path)} lines ${start_line}-${end_line}): its text does not have the row's sha256, so it is not the text that was indexed`
    }
  }
  return null
}
