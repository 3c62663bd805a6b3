import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHUNKS_FILE } from '../../src/artifact/format.js'
import { PIECE_BYTES } from '../../src/artifact/part-stream.js'
import { readIndex } from '../../src/artifact/read.js'
import { writeIndex } from '../../src/artifact/write.js'
import { editManifest, removeTempDirs, sha256, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

/** An index whose stored texts are so long that rows span the pieces the reader reads. */
function longRows(): ReturnType<typeof syntheticIndex> {
  const index = syntheticIndex({ seed: 5, files: 3, storeText: true })
  index.rows.forEach((row, i) => {
    // Multi-byte characters and lengths off any round number, so pieces cut rows anywhere; the
    // first row (10 bytes a repeat) spans three pieces or more.
    const repeats = i === 0 ? Math.floor(PIECE_BYTES / 4) : Math.floor(PIECE_BYTES / 30) + 777 * i
    row.text = `${'é日𝒳x'.repeat(repeats)}\n`
    row.sha256 = sha256(row.text)
  })
  return index
}

it('reads back rows whose lines span the pieces chunks.jsonl is read in', async () => {
  const index = longRows()
  const dir = await tempDir()
  await writeIndex(dir, index)
  const bytes = (await readFile(join(dir, CHUNKS_FILE))).length
  expect(bytes).toBeGreaterThan(2 * PIECE_BYTES)
  expect((await readIndex(dir)).rows).toEqual(index.rows)
})

it('refuses a long chunks.jsonl whose last line lost its newline, as not terminated', async () => {
  const dir = await tempDir()
  await writeIndex(dir, longRows())
  const path = join(dir, CHUNKS_FILE)
  const cut = (await readFile(path)).subarray(0, -1)
  await writeFile(path, cut)
  // The checksum of the cut file, so that the parse, not the checksum, finds the problem.
  await editManifest(dir, manifest => (manifest.checksums[CHUNKS_FILE] = sha256(cut)))
  await expect(readIndex(dir)).rejects.toThrow(/chunks\.jsonl: last line is not terminated/)
})
