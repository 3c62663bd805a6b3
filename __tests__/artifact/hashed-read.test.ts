/**
 * The index files' checksums, computed in the digest thread on the pieces this thread parses, or
 * on the bytes the thread reads itself (src/artifact/part-stream.ts,
 * src/artifact/digest-thread.ts): every changed byte is caught,
 * wherever it falls against the pieces and their reused memory, in either file, read one file or
 * both at once.
 */
import { cp, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHUNKS_FILE, VECTORS_FILE } from '../../src/artifact/format.js'
import { IndexStream, readIndexHead } from '../../src/artifact/index-stream.js'
import { PartReader } from '../../src/artifact/part-stream.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { removeTempDirs, sha256, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const FIXTURE = fileURLToPath(new URL('fixtures/format-2', import.meta.url))
/** Small pieces, so that a file of a few hundred bytes passes the reader's memory ring often. */
const PIECE = 16

/** A file of `bytes` seeded bytes, and its sha256. */
async function fileOf(bytes: number): Promise<{ path: string; data: Buffer; checksum: string }> {
  const data = Buffer.alloc(bytes)
  for (let i = 0; i < bytes; i++) data[i] = (i * 131 + 7) % 251
  const path = join(await tempDir(), 'part')
  await writeFile(path, data)
  return { path, data, checksum: sha256(data) }
}

/** Reads the file to its end as `how` says, then checks its checksum. */
async function readAndCheck(
  path: string,
  checksum: string,
  how: 'pieces' | 'into' | 'rest'
): Promise<Buffer> {
  const reader = await PartReader.open(path, PIECE)
  try {
    const got: Buffer[] = []
    if (how === 'pieces') {
      // Copied at once: a piece's memory is reused once the next is asked for.
      for await (const piece of reader.pieces()) got.push(Buffer.from(piece))
    } else if (how === 'into') {
      const target = Buffer.alloc(reader.size)
      await reader.readInto(target)
      got.push(target)
    } else {
      // Read by the digest thread itself, PIECE bytes a turn, hashed as read, and handed over.
      got.push(Buffer.from(await reader.readRest()))
    }
    await reader.checkWhole(checksum)
    return Buffer.concat(got)
  } finally {
    await reader.close()
  }
}

/** Positions at and around every piece boundary, and both ends. */
function boundaries(bytes: number): number[] {
  const at = new Set([0, bytes - 1])
  for (let edge = PIECE; edge < bytes; edge += PIECE) for (const d of [-1, 0, 1]) at.add(edge + d)
  return [...at].filter(i => i >= 0 && i < bytes).sort((a, b) => a - b)
}

it.each(['pieces', 'into', 'rest'] as const)(
  'gives the bytes of a file read in many pieces (%s) and its checksum',
  async how => {
    const { path, data, checksum } = await fileOf(PIECE * 10 + 5)
    expect((await readAndCheck(path, checksum, how)).equals(data)).toBe(true)
  }
)

it.each(['pieces', 'into', 'rest'] as const)(
  'catches a flipped byte at and around every piece boundary (%s)',
  async how => {
    const { path, data, checksum } = await fileOf(PIECE * 7 + 3)
    const missed: number[] = []
    for (const at of boundaries(data.length)) {
      const changed = Buffer.from(data)
      changed[at] ^= 0x01
      await writeFile(path, changed)
      const caught = await readAndCheck(path, checksum, how).then(
        () => false,
        (error: Error) => /checksum mismatch/.test(error.message)
      )
      if (!caught) missed.push(at)
    }
    expect(missed).toEqual([])
  }
)

it('hashes two files read at once each on its own', async () => {
  const [a, b] = [await fileOf(PIECE * 9 + 1), await fileOf(PIECE * 4)]
  const readers = [await PartReader.open(a.path, PIECE), await PartReader.open(b.path, PIECE)]
  try {
    const drain = async (reader: PartReader) => {
      for await (const piece of reader.pieces()) void piece
    }
    await Promise.all(readers.map(drain))
    await readers[0].checkWhole(a.checksum)
    await expect(readers[1].checkWhole(a.checksum)).rejects.toThrow(/checksum mismatch/)
  } finally {
    for (const reader of readers) await reader.close()
  }
})

it('hashes a file the thread reads itself while it hashes the pieces of another', async () => {
  const [a, b] = [await fileOf(PIECE * 40 + 3), await fileOf(PIECE * 25 + 1)]
  const readers = [await PartReader.open(a.path, PIECE), await PartReader.open(b.path, PIECE)]
  try {
    const pieces: Buffer[] = []
    const drain = async () => {
      for await (const piece of readers[1].pieces()) pieces.push(Buffer.from(piece))
    }
    const [rest] = await Promise.all([readers[0].readRest(), drain()])
    expect(Buffer.from(rest).equals(a.data)).toBe(true)
    expect(Buffer.concat(pieces).equals(b.data)).toBe(true)
    await readers[0].checkWhole(a.checksum)
    await readers[1].checkWhole(b.checksum)
  } finally {
    for (const reader of readers) await reader.close()
  }
})

it('refuses a file that shrank before the thread read the rest of it', async () => {
  const { path, data } = await fileOf(PIECE * 6)
  const reader = await PartReader.open(path, PIECE)
  try {
    await writeFile(path, data.subarray(0, PIECE * 4 + 2))
    await expect(reader.readRest()).rejects.toThrow(/ends early \(truncated\?\)/)
  } finally {
    await reader.close()
  }
})

it('refuses a file that grew while it was read', async () => {
  const { path, data, checksum } = await fileOf(PIECE * 3)
  const reader = await PartReader.open(path, PIECE)
  try {
    for await (const piece of reader.pieces()) void piece
    await writeFile(path, Buffer.concat([data, Buffer.from('more')]))
    await expect(reader.checkWhole(checksum)).rejects.toThrow(/changed size while it was read/)
  } finally {
    await reader.close()
  }
})

/** What verifyIndex does, reading both files in pieces of PIECE bytes: many pieces each. */
async function streamInPieces(dir: string): Promise<void> {
  await IndexStream.checkAll(await readIndexHead(dir), PIECE)
}

it('reads the committed format-2 index whole in pieces of a few bytes', async () => {
  await expect(streamInPieces(FIXTURE)).resolves.toBeUndefined()
})

/** Byte positions spread over a file of `bytes` bytes, both ends included. */
function spread(bytes: number, count: number): number[] {
  return [
    ...new Set(Array.from({ length: count }, (_, i) => Math.floor((i * (bytes - 1)) / (count - 1))))
  ]
}

it.each([CHUNKS_FILE, VECTORS_FILE])(
  'the committed format-2 index with a flipped byte anywhere in %s is refused as a checksum mismatch naming it',
  async file => {
    const dir = await tempDir()
    await cp(FIXTURE, dir, { recursive: true })
    const path = join(dir, file)
    const original = await readFile(path)
    const named = new RegExp(`${file.replace('.', '\\.')}: checksum mismatch`)
    for (const at of spread(original.length, 12)) {
      const changed = Buffer.from(original)
      changed[at] ^= 0x20
      await writeFile(path, changed)
      await expect(readIndex(dir)).rejects.toThrow(named)
      expect(await verifyIndex(dir)).toEqual({ ok: false, reason: expect.stringMatching(named) })
      await expect(streamInPieces(dir)).rejects.toThrow(named)
    }
  }
)
