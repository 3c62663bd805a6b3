import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE } from '../../src/artifact/format.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import { removeTempDirs, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

/**
 * A format embed-index/2 index as the release before the streaming reader wrote it (committed
 * bytes, never regenerated): indexes of this format sit in users' caches.
 */
const FIXTURE = fileURLToPath(new URL('fixtures/format-2', import.meta.url))
const SOURCE = syntheticIndex({ seed: 2, files: 6, skipped: 2, storeText: true })

it('reads and verifies a committed format-2 index, rows and vectors as written', async () => {
  const dir = await tempDir()
  await cp(FIXTURE, dir, { recursive: true })
  expect(await verifyIndex(dir)).toEqual({ ok: true, chunks: SOURCE.rows.length, files: 6 })
  const read = await readIndex(dir)
  expect(read.manifest.format).toBe('embed-index/2')
  expect(read.rows).toEqual(SOURCE.rows)
  expect(read.vectors).toEqual(SOURCE.vectors)
})

it('writes the same index byte for byte as the committed format-2 one', async () => {
  const dir = await tempDir()
  await writeIndex(dir, SOURCE)
  for (const file of [MANIFEST_FILE, CHUNKS_FILE, VECTORS_FILE]) {
    const [ours, committed] = [join(dir, file), join(FIXTURE, file)]
    expect([file, (await readFile(ours)).equals(await readFile(committed))]).toEqual([file, true])
  }
})
