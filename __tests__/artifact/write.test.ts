import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  STATS_FILE,
  VECTORS_FILE,
  type IndexData
} from '../../src/artifact/format.js'
import { readIndex } from '../../src/artifact/read.js'
import { readStats } from '../../src/artifact/stats-file.js'
import { writeIndex } from '../../src/artifact/write.js'
import { removeTempDirs, sha256, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const PARTS = [MANIFEST_FILE, CHUNKS_FILE, VECTORS_FILE]

async function partBytes(dir: string): Promise<string[]> {
  return Promise.all(PARTS.map(async file => (await readFile(join(dir, file))).toString('hex')))
}

describe('writeIndex and readIndex', () => {
  it.each([false, true])('round-trip an index (store_text %s)', async storeText => {
    const dir = await tempDir()
    const index = syntheticIndex({ seed: 1, files: 40, storeText })
    const written = await writeIndex(dir, index)
    const read = await readIndex(dir)
    expect(read.manifest).toEqual(written)
    expect(read.manifest).toEqual({
      ...index.manifest,
      counts: { files: 40, chunks: index.rows.length, skipped: 3 },
      checksums: {
        [CHUNKS_FILE]: sha256(await readFile(join(dir, CHUNKS_FILE))),
        [VECTORS_FILE]: sha256(await readFile(join(dir, VECTORS_FILE)))
      }
    })
    expect(read.rows).toEqual(index.rows)
    expect(read.vectors).toEqual(index.vectors)
    expect(index.rows.length).toBeGreaterThan(40)
  })

  it('round-trips an index without chunks as shape (0, dimension)', async () => {
    const dir = await tempDir()
    const index = syntheticIndex({ seed: 2, files: 0, dimension: 384 })
    await writeIndex(dir, index)
    expect(await readFile(join(dir, CHUNKS_FILE), 'utf8')).toBe('')
    expect((await readFile(join(dir, VECTORS_FILE))).toString('latin1')).toContain(
      "'shape': (0, 384)"
    )
    expect((await readIndex(dir)).rows).toEqual([])
  })

  it('writes the same bytes for the same index, whatever the key order of the input', async () => {
    const index = syntheticIndex({ seed: 3, files: 10, storeText: true })
    const reordered: IndexData = {
      ...index,
      manifest: Object.fromEntries(
        Object.entries(index.manifest).reverse()
      ) as IndexData['manifest'],
      rows: index.rows.map(row => Object.fromEntries(Object.entries(row).reverse()) as typeof row)
    }
    const [a, b] = [await tempDir(), await tempDir()]
    await writeIndex(a, index)
    await writeIndex(b, reordered)
    expect(await partBytes(b)).toEqual(await partBytes(a))
    const manifest = await readFile(join(a, MANIFEST_FILE), 'utf8')
    expect(manifest.endsWith('}\n')).toBe(true)
    expect(Object.keys(JSON.parse(manifest))).toEqual([
      'format',
      'tool',
      'model',
      'recipe',
      'chunking',
      'store_text',
      'shard',
      'commit',
      'counts',
      'files',
      'skipped',
      'checksums'
    ])
    expect(Object.keys(JSON.parse(manifest).files[0])).toEqual([
      'path',
      'sha256',
      'bytes',
      'git_blob',
      'first_row',
      'rows'
    ])
    const rowKeys = (await readFile(join(a, CHUNKS_FILE), 'utf8'))
      .split('\n')
      .filter(line => line !== '')
      .map(line => Object.keys(JSON.parse(line)).join(' '))
    const base = 'path start_line end_line tokens sha256 language'
    expect(new Set(rowKeys)).toEqual(new Set([`${base} text`, `${base} symbol text`]))
  })

  it('sorts paths by UTF-16 code unit, not by code point', async () => {
    // U+1D4B3 is stored as the surrogates D835 DCB3, which come before U+FF5E.
    const files = ['𝒳.md', '～.md']
    const index = (paths: string[]): IndexData => ({
      ...syntheticIndex({ seed: 4, files: 0 }),
      manifest: {
        ...syntheticIndex({ seed: 4, files: 0 }).manifest,
        files: paths.map(path => ({
          path,
          sha256: sha256(path),
          bytes: 1,
          git_blob: '0'.repeat(40),
          first_row: 0,
          rows: 0
        }))
      }
    })
    await expect(writeIndex(await tempDir(), index(files))).resolves.toBeDefined()
    await expect(writeIndex(await tempDir(), index([...files].reverse()))).rejects.toThrow(
      /out of order/
    )
  })

  it('replaces a previous index, removing its stats and stale staging folders', async () => {
    const dir = await tempDir()
    await writeIndex(dir, syntheticIndex({ seed: 5, files: 5 }))
    await writeFile(join(dir, STATS_FILE), JSON.stringify({ files_per_second: 12.5 }))
    await mkdir(join(dir, '.embed-index-staging-left-by-a-crash'))
    const second = syntheticIndex({ seed: 6, files: 7 })
    await writeIndex(dir, second)
    expect((await readIndex(dir)).rows).toEqual(second.rows)
    expect(await readStats(dir)).toBeUndefined()
    expect((await readdir(dir)).sort()).toEqual([CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE])
  })

  it('names the folder when it cannot write there', async () => {
    const blocker = join(await tempDir(), 'a-file')
    await writeFile(blocker, '')
    const outDir = join(blocker, 'index')
    await expect(writeIndex(outDir, syntheticIndex({ seed: 7, files: 2 }))).rejects.toThrow(
      `cannot write index to ${outDir}: `
    )
  })
})

describe('writeIndex refuses an index readIndex would reject', () => {
  const base = (): IndexData => syntheticIndex({ seed: 8, files: 12 })
  const cases: [string, (index: IndexData) => void, RegExp][] = [
    [
      'too few vector values',
      i => (i.vectors = i.vectors.subarray(1)),
      /vectors\.npy for .*: holds \d+ values, expected/
    ],
    ['files out of order', i => i.manifest.files.reverse(), /out of order/],
    [
      'a file listed twice',
      i => i.manifest.files.splice(1, 0, i.manifest.files[0]),
      /listed twice/
    ],
    ['rows out of canonical order', i => swapRowsWithin(i), /starts before the row above it/],
    [
      'a row of another file',
      i => (i.rows[0] = { ...i.rows[0], path: 'elsewhere.ts' }),
      /row 0 has path "elsewhere.ts"/
    ],
    [
      'an unsafe path',
      i => (i.manifest.skipped[0].path = '../up.bin'),
      /skipped\[0\]\.path "\.\.\/up\.bin" has a '\.\.' segment/
    ],
    [
      'a path both indexed and skipped',
      i => (i.manifest.skipped[0].path = i.manifest.files[0].path),
      /both in files and in skipped/
    ],
    [
      'text without store_text',
      i => (i.rows[0] = { ...i.rows[0], text: 'x' }),
      /row 0 has unknown key "text"/
    ],
    ['a vector that is not unit length', i => (i.vectors[3] += 0.5), /row 0 has norm/],
    [
      'an end before the start',
      i => (i.rows[0] = { ...i.rows[0], start_line: 5, end_line: 4 }),
      /row 0 ends before it starts/
    ],
    [
      'a malformed sha256',
      i => (i.manifest.files[0].sha256 = 'ABC'),
      /files\[0\]\.sha256 must be a lowercase hex SHA-256/
    ]
  ]
  it.each(cases)('%s', async (_, corrupt, reason) => {
    const index = base()
    corrupt(index)
    const dir = await tempDir()
    await expect(writeIndex(dir, index)).rejects.toThrow(reason)
    expect(await readdir(dir)).toEqual([])
  })
})

/** Swaps the first two rows of a file whose rows start on different lines. */
function swapRowsWithin(index: IndexData): void {
  const row = index.rows.findIndex(
    (r, i) =>
      i > 0 && r.path === index.rows[i - 1].path && r.start_line > index.rows[i - 1].start_line
  )
  ;[index.rows[row - 1], index.rows[row]] = [index.rows[row], index.rows[row - 1]]
}

describe('stats.json', () => {
  it('is absent until written, then reads back', async () => {
    const dir = await tempDir()
    expect(await readStats(dir)).toBeUndefined()
    const stats = { files: 3, files_per_second: 1.5, workers: [{ id: 1, chunks: 9 }] }
    await writeFile(join(dir, STATS_FILE), JSON.stringify(stats))
    expect(await readStats(dir)).toEqual(stats)
    expect(await readdir(dir)).toEqual([STATS_FILE])
  })

  it('rejects something that is not a JSON object', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, STATS_FILE), '[1, 2]')
    await expect(readStats(dir)).rejects.toThrow(`${join(dir, STATS_FILE)}: must be a JSON object`)
  })
})
