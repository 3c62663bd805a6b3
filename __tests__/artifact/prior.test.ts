import { readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE } from '../../src/artifact/format.js'
import type { IndexSettings } from '../../src/artifact/compat.js'
import { loadPriorIndex, type PriorExpectation } from '../../src/artifact/prior.js'
import { writeIndex } from '../../src/artifact/write.js'
import { editManifest, removeTempDirs, replacePart, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const index = syntheticIndex({ seed: 41, files: 15 })
const DIMENSION = index.manifest.model.dimension
const settings: IndexSettings = {
  model: {
    id: 'test/model',
    revision: 'main',
    commit: null,
    sha256: 'd'.repeat(64),
    dtype: 'fp32',
    dimension: DIMENSION
  },
  recipe: 'mean-l2/1',
  chunking: { chunker: 'lines-cdc/1', max_tokens: 256 }
}
const expected: PriorExpectation = { settings, storeText: false }

/** The expectation of a run whose model, recipe or chunking differ. */
function expecting(changes: Partial<IndexSettings>): PriorExpectation {
  return { ...expected, settings: { ...settings, ...changes } }
}

async function prior(storeText = false): Promise<string> {
  const dir = await tempDir()
  await writeIndex(dir, storeText ? syntheticIndex({ seed: 41, files: 15, storeText }) : index)
  return dir
}

describe('a good prior', () => {
  it('gives back the rows and vectors of an unchanged file', async () => {
    const result = await loadPriorIndex(await prior(), expected)
    if (result.prior === null) throw new Error(result.reason)
    const file = index.manifest.files.find(f => f.rows > 1)!
    const reused = result.prior.fileBySha(file.path, file.sha256)
    const rows = Array.from({ length: file.rows }, (_, i) => file.first_row + i)
    expect(reused).toEqual({
      rows: rows.map(row => index.rows[row]),
      vectors: rows.map(row => index.vectors.slice(row * DIMENSION, (row + 1) * DIMENSION))
    })
    expect(result.prior.fileBySha(file.path, '0'.repeat(64))).toBeNull()
    expect(result.prior.fileBySha('not/indexed.ts', file.sha256)).toBeNull()
  })

  it('gives back the vector of a known chunk', async () => {
    const result = await loadPriorIndex(await prior(), expected)
    if (result.prior === null) throw new Error(result.reason)
    const row = index.rows.length - 1
    expect(result.prior.vectorByChunkSha(index.rows[row].sha256)).toEqual(
      index.vectors.slice(row * DIMENSION, (row + 1) * DIMENSION)
    )
    expect(result.prior.vectorByChunkSha('f'.repeat(64))).toBeNull()
  })

  it('accepts an expectation without a dimension', async () => {
    const result = await loadPriorIndex(
      await prior(),
      expecting({ model: { ...settings.model, dimension: undefined } })
    )
    expect(result.prior).not.toBeNull()
  })

  it('gives rows without text to a run that does not store text', async () => {
    const result = await loadPriorIndex(await prior(true), expected)
    if (result.prior === null) throw new Error(result.reason)
    const file = index.manifest.files.find(f => f.rows > 0)!
    expect(result.prior.fileBySha(file.path, file.sha256)?.rows).toEqual(
      index.rows.slice(file.first_row, file.first_row + file.rows)
    )
  })

  it('gives rows with text to a run that stores text, and no rows where it has no text', async () => {
    const file = index.manifest.files.find(f => f.rows > 0)!
    const withText = await loadPriorIndex(await prior(true), { ...expected, storeText: true })
    if (withText.prior === null) throw new Error(withText.reason)
    expect(withText.prior.fileBySha(file.path, file.sha256)?.rows[0].text).toMatch(/^chunk 0 of /)
    const withoutText = await loadPriorIndex(await prior(), { ...expected, storeText: true })
    if (withoutText.prior === null) throw new Error(withoutText.reason)
    expect(withoutText.prior.fileBySha(file.path, file.sha256)).toBeNull()
    const row = file.first_row
    expect(withoutText.prior.vectorByChunkSha(index.rows[row].sha256)).toEqual(
      index.vectors.slice(row * DIMENSION, (row + 1) * DIMENSION)
    )
  })
})

const rejections: [string, (dir: string) => Promise<unknown>, PriorExpectation, RegExp][] = [
  ['a missing folder', dir => rm(dir, { recursive: true }), expected, /manifest\.json: missing/],
  [
    'a folder without manifest',
    dir => rm(join(dir, MANIFEST_FILE)),
    expected,
    /manifest\.json: missing/
  ],
  [
    'a truncated chunks.jsonl',
    dir => truncate(join(dir, CHUNKS_FILE), 10),
    expected,
    /chunks\.jsonl: checksum mismatch/
  ],
  [
    'a corrupt vectors.npy',
    async dir => {
      const bytes = await readFile(join(dir, VECTORS_FILE))
      bytes[200] ^= 0xff
      await writeFile(join(dir, VECTORS_FILE), bytes)
    },
    expected,
    /vectors\.npy: checksum mismatch/
  ],
  [
    'a manifest that is not JSON',
    dir => writeFile(join(dir, MANIFEST_FILE), 'null'),
    expected,
    /format is not an embed-index format/
  ],
  [
    'another format version',
    dir => editManifest(dir, m => ((m as { format: string }).format = 'embed-index/0')),
    expected,
    /format is "embed-index\/0"/
  ],
  [
    'a file path climbing out of the root',
    dir => editManifest(dir, m => (m.files[0].path = 'src/../../../etc/passwd')),
    expected,
    /files\[0\]\.path "src\/\.\.\/\.\.\/\.\.\/etc\/passwd" has a '\.\.' segment/
  ],
  [
    'a row path that is absolute, checksum updated to match',
    async dir => {
      const text = await readFile(join(dir, CHUNKS_FILE), 'utf8')
      await replacePart(
        dir,
        CHUNKS_FILE,
        Buffer.from(text.replace(/"path":"[^"]*"/, '"path":"/etc/passwd"'))
      )
    },
    expected,
    /chunks\.jsonl: line 1\.path "\/etc\/passwd" is absolute/
  ],
  [
    'a checksum that does not match',
    dir => editManifest(dir, m => (m.checksums[VECTORS_FILE] = 'f'.repeat(64))),
    expected,
    /vectors\.npy: checksum mismatch/
  ],
  [
    'another model',
    async () => {},
    expecting({ model: { ...settings.model, id: 'other/model' } }),
    /made with model\.id "test\/model", not "other\/model"/
  ],
  [
    'other model files: a commit against a local folder',
    async () => {},
    expecting({ model: { ...settings.model, commit: 'c'.repeat(40), sha256: undefined } }),
    /made with model files "sha256 d{64}", not "c{40}"/
  ],
  [
    'other files of a local model folder',
    async () => {},
    expecting({ model: { ...settings.model, sha256: 'e'.repeat(64) } }),
    /made with model files "sha256 d{64}", not "sha256 e{64}"/
  ],
  [
    'another dtype',
    async () => {},
    expecting({ model: { ...settings.model, dtype: 'q8' } }),
    /made with model\.dtype "fp32", not "q8"/
  ],
  [
    'another dimension',
    async () => {},
    expecting({ model: { ...settings.model, dimension: 384 } }),
    /made with model\.dimension 8, not 384/
  ],
  [
    'another embedding recipe',
    async () => {},
    expecting({ recipe: 'mean-l2/2' }),
    /made with recipe "mean-l2\/1", not "mean-l2\/2"/
  ],
  [
    'another chunker',
    async () => {},
    expecting({ chunking: { ...settings.chunking, chunker: 'lines-cdc/2' } }),
    /made with chunking\.chunker "lines-cdc\/1", not "lines-cdc\/2"/
  ],
  [
    "an older embed-index's index, in a shape this one does not read, by its chunker",
    dir =>
      editManifest(dir, m => {
        delete (m as { commit?: unknown }).commit
        m.chunking.chunker = 'lines-cdc/0'
      }),
    expected,
    /^it was made by chunker lines-cdc\/0, not lines-cdc\/1$/
  ],
  [
    'an unreadable index naming a chunker of no chunker form, by its problem alone',
    dir =>
      editManifest(dir, m => {
        delete (m as { commit?: unknown }).commit
        m.chunking.chunker = 'rm -rf / #'
      }),
    expected,
    /^[^ ]*manifest\.json: manifest lacks commit$/
  ],
  [
    'another max_tokens',
    async () => {},
    expecting({ chunking: { ...settings.chunking, max_tokens: 512 } }),
    /made with chunking\.max_tokens 256, not 512/
  ]
]

it.each(rejections)(
  'rejects %s with a reason, without throwing',
  async (_, spoil, expectation, reason) => {
    const dir = await prior()
    await spoil(dir)
    const result = await loadPriorIndex(dir, expectation)
    expect(result.prior).toBeNull()
    expect(result.prior === null && result.reason).toMatch(reason)
  }
)
