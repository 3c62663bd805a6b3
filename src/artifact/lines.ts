/** Lines of UTF-8 text from a stream of byte pieces, without joining the pieces into one string. */

const NEWLINE = 0x0a

/**
 * Each '\n'-terminated line of the stream, decoded, without its '\n'. A line may span any number
 * of pieces; splitting on the newline byte never cuts a multi-byte character, since UTF-8 uses
 * 0x0a for nothing else. Calls `unterminated` when bytes follow the last '\n'.
 */
export async function* textLines(
  pieces: AsyncIterable<Uint8Array>,
  unterminated: () => never
): AsyncGenerator<string> {
  let pending: Buffer[] = []
  for await (const piece of pieces) {
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength)
    let start = 0
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      pending.push(bytes.subarray(start, end))
      yield pending.length === 1
        ? pending[0].toString('utf8')
        : Buffer.concat(pending).toString('utf8')
      pending = []
      start = end + 1
    }
    if (start < bytes.length) pending.push(bytes.subarray(start))
  }
  if (pending.length > 0) unterminated()
}
