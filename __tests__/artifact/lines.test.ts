import { textLines } from '../../src/artifact/lines.js'

const TEXT = '{"a":1}\n\n{"t":"été 日本 𝒳"}\nlast line\n'
const EXPECTED = ['{"a":1}', '', '{"t":"été 日本 𝒳"}', 'last line']

async function* streamOf(pieces: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) yield piece
}

async function linesOf(pieces: Uint8Array[]): Promise<string[]> {
  const lines: string[] = []
  const unterminated = (): never => {
    throw new Error('unterminated')
  }
  for await (const batch of textLines(streamOf(pieces), unterminated)) lines.push(...batch)
  return lines
}

const bytes = Buffer.from(TEXT)

it('gives the same lines wherever the stream is cut into two pieces, at every byte offset', async () => {
  for (let cut = 0; cut <= bytes.length; cut++) {
    const lines = await linesOf([bytes.subarray(0, cut), bytes.subarray(cut)])
    expect([cut, lines]).toEqual([cut, EXPECTED])
  }
})

it('gives the same lines from pieces of one byte each (every offset a cut at once)', async () => {
  const pieces = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1))
  expect(await linesOf(pieces)).toEqual(EXPECTED)
})

it('calls unterminated for bytes after the last newline, wherever the cut', async () => {
  const truncated = bytes.subarray(0, bytes.length - 1)
  for (let cut = 0; cut <= truncated.length; cut++) {
    await expect(linesOf([truncated.subarray(0, cut), truncated.subarray(cut)])).rejects.toThrow(
      'unterminated'
    )
  }
})

it('gives no lines for an empty stream', async () => {
  expect(await linesOf([])).toEqual([])
})

it('gives the same lines when each piece is read into the same memory, overwritten after use', async () => {
  const memory = new Uint8Array(3)
  async function* reused(): AsyncGenerator<Uint8Array> {
    for (let at = 0; at < bytes.length; at += memory.length) {
      const piece = memory.subarray(0, Math.min(memory.length, bytes.length - at))
      piece.set(bytes.subarray(at, at + piece.length))
      yield piece
      memory.fill(0x21) // what the next read would do, before it does
    }
  }
  const lines: string[] = []
  const unterminated = (): never => {
    throw new Error('unterminated')
  }
  for await (const batch of textLines(reused(), unterminated)) lines.push(...batch)
  expect(lines).toEqual(EXPECTED)
})
