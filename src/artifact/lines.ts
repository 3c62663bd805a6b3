/** Lines of UTF-8 text from a stream of byte pieces, without joining the pieces into one string. */
import { StringDecoder } from 'node:string_decoder'

/**
 * Each '\n'-terminated line of the stream, decoded, without its '\n', as the lines each piece
 * completes (one batch a piece, not one step a line: a million rows pass a few hundred awaits).
 * Each piece is decoded once (a character cut between two pieces is completed from the next) and
 * split; a line may span any number of pieces. Calls `unterminated` when text follows the last
 * '\n'.
 */
export async function* textLines(
  pieces: AsyncIterable<Uint8Array>,
  unterminated: () => never
): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  for await (const piece of pieces) {
    const text = decoder.write(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))
    const lines: string[] = []
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lines.push(pending + text.slice(start, end))
      pending = ''
      start = end + 1
    }
    pending += text.slice(start)
    if (lines.length > 0) yield lines
  }
  if (pending + decoder.end() !== '') unterminated()
}
