import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  VECTORS_FILE,
  type IndexData,
  type Manifest
} from '../../src/artifact/format.js'
import { expandMergeInputs, mergeIndexes } from '../../src/artifact/merge.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import {
  editManifest,
  removeTempDirs,
  sha256,
  shardIndex,
  syntheticIndex,
  tempDir
} from './synthetic.js'

afterAll(removeTempDirs)

const full = syntheticIndex({ seed: 21, files: 60, skipped: 7, storeText: true })
const shardOf = (count: number) => (path: string) =>
  (parseInt(sha256(path).slice(0, 8), 16) % count) + 1

async function written(index: IndexData): Promise<string> {
  const dir = await tempDir()
  await writeIndex(dir, index)
  return dir
}

async function shards(
  count = 3,
  edit: (index: IndexData, shard: number) => void = () => {}
): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const shard = shardIndex(full, { number: i + 1, count }, shardOf(count))
      edit(shard, i + 1)
      return written(shard)
    })
  )
}

it('merges three shards into the bytes of the unsharded index', async () => {
  const dirs = await shards()
  const sizes = await Promise.all(
    dirs.map(async dir => (await readFile(join(dir, CHUNKS_FILE))).length)
  )
  expect(sizes.every(size => size > 0)).toBe(true)
  const single = await written(full)
  const merged = await tempDir()
  // Shard order on the command line does not matter.
  const manifest = await mergeIndexes([dirs[2], dirs[0], dirs[1]], merged)
  expect(manifest.shard).toBeNull()
  for (const file of [MANIFEST_FILE, CHUNKS_FILE, VECTORS_FILE]) {
    expect((await readFile(join(merged, file))).equals(await readFile(join(single, file)))).toBe(
      true
    )
  }
  expect(await verifyIndex(merged)).toEqual({ ok: true, chunks: full.rows.length, files: 60 })
})

it('records the commit the shards share', async () => {
  const commit = 'c'.repeat(40)
  const dirs = await shards(3, index => (index.manifest.commit = commit))
  const manifest = await mergeIndexes(dirs, await tempDir())
  expect(manifest.commit).toBe(commit)
})

it('merges a single shard of one', async () => {
  const merged = await tempDir()
  await mergeIndexes(await shards(1), merged)
  expect(
    (await readFile(join(merged, VECTORS_FILE))).equals(
      await readFile(join(await written(full), VECTORS_FILE))
    )
  ).toBe(true)
})

type Edit = (index: IndexData, shard: number) => void
const onShard2 =
  (edit: (index: IndexData) => void): Edit =>
  (index, shard) => {
    if (shard === 2) edit(index)
  }

it.each<[string, Edit, RegExp]>([
  [
    'another tool version',
    onShard2(i => (i.manifest.tool.version = '9.9.9')),
    /has tool\.version "9\.9\.9" but .* has "0\.1\.0"/
  ],
  [
    'another model id',
    onShard2(i => (i.manifest.model.id = 'other/model')),
    /made with model\.id "other\/model", not "test\/model"/
  ],
  [
    'other model files (another digest)',
    onShard2(i => (i.manifest.model.sha256 = 'e'.repeat(64))),
    /made with model files "sha256 e{64}", not "sha256 d{64}"/
  ],
  [
    'other model files (another commit)',
    onShard2(i => {
      i.manifest.model.commit = 'c'.repeat(40)
      delete i.manifest.model.sha256
    }),
    /made with model files "c{40}", not "sha256 d{64}"/
  ],
  [
    'another embedding recipe',
    onShard2(i => (i.manifest.recipe = 'mean-l2/2')),
    /made with recipe "mean-l2\/2", not "mean-l2\/1"/
  ],
  ['another dtype', onShard2(i => (i.manifest.model.dtype = 'q8')), /made with model\.dtype "q8"/],
  [
    'another chunker',
    onShard2(i => (i.manifest.chunking.chunker = 'lines/0')),
    /made with chunking\.chunker "lines\/0"/
  ],
  [
    'another max_tokens',
    onShard2(i => (i.manifest.chunking.max_tokens = 128)),
    /made with chunking\.max_tokens 128/
  ],
  [
    'another store_text',
    onShard2(i => {
      i.manifest.store_text = false
      i.rows.forEach(row => delete row.text)
    }),
    /has store_text false but .* has true/
  ],
  [
    'a shard of another commit of the tree',
    onShard2(i => (i.manifest.commit = 'b'.repeat(40))),
    /has commit "b{40}" but .* has null/
  ],
  [
    'a shard given twice',
    onShard2(i => (i.manifest.shard = { number: 1, count: 3 })),
    /are both shard 1\/3/
  ],
  [
    'an unsharded input',
    onShard2(i => (i.manifest.shard = null)),
    /is not a shard index \(shard is null\)/
  ],
  [
    'a shard of another count',
    onShard2(i => (i.manifest.shard = { number: 2, count: 4 })),
    /is shard 2\/4 but .* is one of 3/
  ]
])('refuses %s', async (_, edit, reason) => {
  const out = await tempDir()
  await expect(mergeIndexes(await shards(3, edit), out)).rejects.toThrow(reason)
})

it.each([
  ['file', full.manifest.files],
  ['skipped file', full.manifest.skipped]
])('refuses a %s in two shards', async (_, entries) => {
  const taken = entries.find(entry => shardOf(3)(entry.path) === 3)!.path
  const dirs = await shards()
  const alsoTaken = (path: string): number => (path === taken ? 2 : shardOf(3)(path))
  dirs[1] = await written(shardIndex(full, { number: 2, count: 3 }, alsoTaken))
  await expect(mergeIndexes(dirs, await tempDir())).rejects.toThrow(
    `${JSON.stringify(taken)} is in both `
  )
})

it('refuses another dimension', async () => {
  const other = syntheticIndex({ seed: 21, files: 60, skipped: 7, storeText: true, dimension: 4 })
  const dirs = await shards()
  dirs[1] = await written(shardIndex(other, { number: 2, count: 3 }, shardOf(3)))
  await expect(mergeIndexes(dirs, await tempDir())).rejects.toThrow(
    /made with model\.dimension 4, not 8 like/
  )
})

it('refuses another format version', async () => {
  const dirs = await shards()
  await editManifest(dirs[1], m => ((m as { format: string }).format = 'embed-index/1'))
  await expect(mergeIndexes(dirs, await tempDir())).rejects.toThrow(
    /format is "embed-index\/1", expected "embed-index\/2"/
  )
})

it('refuses missing shards, naming them', async () => {
  const dirs = await shards(4)
  await expect(mergeIndexes([dirs[0], dirs[2]], await tempDir())).rejects.toThrow(
    'cannot merge: shard 2, 4 of 4 missing'
  )
})

it('refuses a corrupt shard, naming it', async () => {
  const dirs = await shards()
  await editManifest(dirs[2], m => (m.checksums[VECTORS_FILE] = '0'.repeat(64)))
  await expect(mergeIndexes(dirs, await tempDir())).rejects.toThrow(
    `${join(dirs[2], VECTORS_FILE)}: checksum mismatch`
  )
})

it.each<[string, (manifest: Manifest) => void, RegExp]>([
  [
    'a skipped path climbing out of the root',
    m => (m.skipped[0].path = '../../etc/passwd'),
    /skipped\[0\]\.path "\.\.\/\.\.\/etc\/passwd" has a '\.\.' segment/
  ],
  [
    'an absolute file path',
    m => (m.files[0].path = '/etc/passwd'),
    /files\[0\]\.path "\/etc\/passwd" is absolute/
  ]
])('refuses a shard with %s, naming it, and writes nothing', async (_, edit, reason) => {
  const dirs = await shards()
  await editManifest(dirs[1], edit)
  const out = join(await tempDir(), 'merged')
  await expect(mergeIndexes(dirs, out)).rejects.toThrow(reason)
  await expect(mergeIndexes(dirs, out)).rejects.toThrow(join(dirs[1], MANIFEST_FILE))
  await expect(readFile(join(out, MANIFEST_FILE))).rejects.toThrow(/ENOENT/)
})

it('refuses no input', async () => {
  await expect(mergeIndexes([], await tempDir())).rejects.toThrow('no shard indexes given')
})

describe('expandMergeInputs', () => {
  it('expands globs to folders under the root, keeps plain folders, drops repeats', async () => {
    const root = await tempDir()
    for (const dir of ['shards/index-2', 'shards/index-1', 'shards/index-10', 'other/x']) {
      await mkdir(join(root, dir), { recursive: true })
    }
    await writeFile(join(root, 'shards', 'index-3'), 'a file, not a shard')
    expect(await expandMergeInputs(['shards/index-*', 'other/x', 'shards/index-1'], root)).toEqual([
      join(root, 'shards/index-1'),
      join(root, 'shards/index-10'),
      join(root, 'shards/index-2'),
      join(root, 'other/x')
    ])
  })

  it('names a glob that matches nothing', async () => {
    const root = await tempDir()
    await expect(expandMergeInputs(['shards/*'], root)).rejects.toThrow(
      `merge-from: shards/* matches no folder under ${root}`
    )
  })
})

describe('the streamed merge', () => {
  it.each([CHUNKS_FILE, VECTORS_FILE])(
    'refuses a shard with a byte of %s flipped anywhere, naming the checksum, and keeps the old output',
    async file => {
      const dirs = await shards()
      const out = await written(full)
      const before = await readFile(join(out, MANIFEST_FILE))
      const path = join(dirs[1], file)
      const bytes = await readFile(path)
      // The first, a middle and the last byte: a row or vector at the start, inside, at the end.
      for (const at of [0, bytes.length >> 1, bytes.length - 1]) {
        const flipped = Buffer.from(bytes)
        flipped[at] ^= 0x20
        await writeFile(path, flipped)
        await expect(mergeIndexes(dirs, out)).rejects.toThrow(`${path}: checksum mismatch`)
        expect((await readFile(join(out, MANIFEST_FILE))).equals(before)).toBe(true)
      }
    }
  )

  it('gives the same bytes however the shards are numbered and ordered', async () => {
    const merged = async (dirs: string[]): Promise<Buffer[]> => {
      const out = await tempDir()
      await mergeIndexes(dirs, out)
      return Promise.all([CHUNKS_FILE, VECTORS_FILE].map(f => readFile(join(out, f))))
    }
    const [three, five] = await Promise.all([shards(3), shards(5)])
    const expected = await merged(three)
    expect(await merged([...five].reverse())).toEqual(expected)
  })
})
