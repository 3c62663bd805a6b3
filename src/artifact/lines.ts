/** Lines of UTF-8 text from a stream of byte pieces, without joining the pieces into one string. */

const NEWLINE = 0x0a

/**
 * Each '\n'-terminated line of the stream, decoded, without its '\n', as the lines each piece
 * completes (one batch a piece, not one step a line: a million rows pass a few hundred awaits).
 * Each line is decoded on its own, from its bytes (no byte of a multi-byte character is '\n'): a
 * line of ASCII becomes a one-byte string, which JSON.parse reads three times faster than a slice
 * of a piece decoded whole, two-byte as soon as the piece holds one other character. A line may
 * span any number of pieces; the bytes it has in a piece are copied, so a piece's memory may be
 * reused once the next is asked for. Calls `unterminated` when bytes follow the last '\n'.
 */
export async function* textLines(
  pieces: AsyncIterable<Uint8Array>,
  unterminated: () => never
): AsyncGenerator<string[]> {
  /** The bytes, in earlier pieces, of the line the next piece goes on with. */
  let begun: Buffer[] = []
  for await (const piece of pieces) {
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    const lines: string[] = []
    let start = 0
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      if (begun.length === 0) lines.push(bytes.toString('utf8', start, end))
      else {
        lines.push(Buffer.concat([...begun, bytes.subarray(start, end)]).toString('utf8'))
        begun = []
      }
      start = end + 1
    }
    if (start < bytes.length) begun.push(Buffer.from(bytes.subarray(start)))
    if (lines.length > 0) yield lines
  }
  if (begun.length > 0) unterminated()
}
