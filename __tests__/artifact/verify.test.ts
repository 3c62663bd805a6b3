import { readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathProblem } from '../../src/core/paths.js'
import { CHUNKS_FILE, MANIFEST_FILE, VECTORS_FILE } from '../../src/artifact/format.js'
import { encodeNpy } from '../../src/artifact/npy.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import { editManifest, removeTempDirs, replacePart, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const FILES = 20
const index = syntheticIndex({ seed: 11, files: FILES })
const DIMENSION = index.manifest.model.dimension

async function validIndex(): Promise<string> {
  const dir = await tempDir()
  await writeIndex(dir, index)
  return dir
}

async function chunkLines(dir: string): Promise<string[]> {
  return (await readFile(join(dir, CHUNKS_FILE), 'utf8')).split('\n').slice(0, -1)
}

async function replaceChunks(dir: string, edit: (lines: string[]) => string[]): Promise<void> {
  const lines = edit(await chunkLines(dir))
  await replacePart(dir, CHUNKS_FILE, Buffer.from(lines.map(line => line + '\n').join('')))
}

async function replaceVectors(
  dir: string,
  edit: (vectors: Float32Array) => void,
  cols = DIMENSION
): Promise<void> {
  const vectors = (await readIndex(dir)).vectors.slice()
  edit(vectors)
  await replacePart(
    dir,
    VECTORS_FILE,
    encodeNpy({ rows: vectors.length / cols, cols, data: vectors })
  )
}

it('accepts a valid index', async () => {
  expect(await verifyIndex(await validIndex())).toEqual({
    ok: true,
    chunks: index.rows.length,
    files: FILES
  })
})

it('reports a folder without manifest.json as holding no index', async () => {
  const dir = await tempDir()
  expect(await verifyIndex(dir)).toEqual({
    ok: false,
    reason: `${join(dir, MANIFEST_FILE)}: missing`
  })
})

const corruptions: [string, (dir: string) => Promise<void>, string, RegExp][] = [
  [
    'a flipped byte in vectors.npy',
    async dir => {
      const bytes = await readFile(join(dir, VECTORS_FILE))
      bytes[bytes.length - 3] ^= 0x01
      await writeFile(join(dir, VECTORS_FILE), bytes)
    },
    VECTORS_FILE,
    /checksum mismatch/
  ],
  [
    'a truncated chunks.jsonl',
    dir => truncate(join(dir, CHUNKS_FILE), 100),
    CHUNKS_FILE,
    /checksum mismatch/
  ],
  [
    'a truncated chunks.jsonl with a matching checksum',
    dir => replaceChunks(dir, lines => lines.slice(0, -1)),
    CHUNKS_FILE,
    /ends before row \d+ \(counts\.chunks is \d+\)/
  ],
  [
    'a line cut short with a matching checksum',
    async dir => {
      const text = await readFile(join(dir, CHUNKS_FILE), 'utf8')
      await replacePart(dir, CHUNKS_FILE, Buffer.from(text.slice(0, -10)))
    },
    CHUNKS_FILE,
    /last line is not terminated/
  ],
  ['a missing vectors.npy', dir => rm(join(dir, VECTORS_FILE)), VECTORS_FILE, /: missing$/],
  ['a missing chunks.jsonl', dir => rm(join(dir, CHUNKS_FILE)), CHUNKS_FILE, /: missing$/],
  [
    'a checksum that does not match',
    dir => editManifest(dir, m => (m.checksums[CHUNKS_FILE] = '0'.repeat(64))),
    CHUNKS_FILE,
    /checksum mismatch \(sha256 [0-9a-f]{64}, manifest says 0{64}\)/
  ],
  [
    'a dimension that does not match the vectors',
    dir => editManifest(dir, m => (m.model.dimension = 16)),
    VECTORS_FILE,
    /has 8 columns, but model.dimension is 16/
  ],
  [
    'vectors of another dimension',
    dir => replaceVectors(dir, () => {}, DIMENSION / 2),
    VECTORS_FILE,
    /has 4 columns, but model.dimension is 8/
  ],
  [
    'a row that is not unit length',
    dir => replaceVectors(dir, v => (v[DIMENSION * 2] *= 1.01)),
    VECTORS_FILE,
    /row 2 has norm 1\.00/
  ],
  [
    'a NaN in a row',
    dir => replaceVectors(dir, v => (v[DIMENSION * 3 + 1] = NaN)),
    VECTORS_FILE,
    /row 3 has norm NaN/
  ],
  [
    'a row path escaping the root',
    dir =>
      replaceChunks(dir, lines => [
        lines[0].replace(/"path":"[^"]*"/, '"path":"../../etc/passwd"'),
        ...lines.slice(1)
      ]),
    CHUNKS_FILE,
    /line 1\.path "\.\.\/\.\.\/etc\/passwd" has a '\.\.' segment/
  ],
  [
    'a later row path escaping the root, after rows with a checked path',
    dir =>
      replaceChunks(dir, lines => [
        ...lines.slice(0, 2),
        lines[2].replace(/"path":"[^"]*"/, '"path":"../../etc/passwd"'),
        ...lines.slice(3)
      ]),
    CHUNKS_FILE,
    /line 3\.path "\.\.\/\.\.\/etc\/passwd" has a '\.\.' segment/
  ],
  [
    'a file path escaping the root',
    dir => editManifest(dir, m => (m.files[0].path = '/etc/passwd')),
    MANIFEST_FILE,
    /files\[0\]\.path "\/etc\/passwd" is absolute/
  ],
  [
    'rows out of canonical order',
    dir => replaceChunks(dir, lines => [lines[1], lines[0], ...lines.slice(2)]),
    CHUNKS_FILE,
    /row 0 has path .*, expected|starts before the row above it/
  ],
  [
    'a file entry that disagrees with the rows',
    dir => editManifest(dir, m => (m.files[1].first_row += 1)),
    MANIFEST_FILE,
    /files\[1\]\.first_row is \d+, expected \d+/
  ],
  [
    'wrong counts',
    dir => editManifest(dir, m => (m.counts.files += 1)),
    MANIFEST_FILE,
    /counts\.files is 21, but there are 20/
  ],
  [
    'another format version',
    dir => editManifest(dir, m => ((m as { format: string }).format = 'embed-index/1')),
    MANIFEST_FILE,
    /format is "embed-index\/1", expected "embed-index\/2"/
  ],
  [
    'an unknown manifest key',
    dir => editManifest(dir, m => Object.assign(m, { created_at: 'now' })),
    MANIFEST_FILE,
    /manifest has unknown key "created_at"/
  ],
  [
    'a manifest that is not JSON',
    dir => writeFile(join(dir, MANIFEST_FILE), '{"format": "embed-index/2", '),
    MANIFEST_FILE,
    /not valid JSON/
  ],
  [
    'a commit that is not a commit id',
    dir => editManifest(dir, m => ((m as { commit: unknown }).commit = 'HEAD')),
    MANIFEST_FILE,
    /manifest\.commit must be a 40-digit lowercase hex git object id/
  ],
  [
    'a file entry without its git blob',
    dir => editManifest(dir, m => delete (m.files[0] as { git_blob?: unknown }).git_blob),
    MANIFEST_FILE,
    /files\[0\] lacks git_blob/
  ],
  [
    'a git blob that is not a blob id',
    dir => editManifest(dir, m => (m.files[0].git_blob = 'f'.repeat(64))),
    MANIFEST_FILE,
    /files\[0\]\.git_blob must be a 40-digit lowercase hex git object id/
  ],
  [
    'a row without a language',
    dir =>
      replaceChunks(dir, lines => [
        lines[0].replace(/,"language":(null|"[a-z]+")/, ''),
        ...lines.slice(1)
      ]),
    CHUNKS_FILE,
    /line 1 lacks language/
  ],
  [
    'a row with an empty language',
    dir =>
      replaceChunks(dir, lines => [
        lines[0].replace(/"language":(null|"[a-z]+")/, '"language":""'),
        ...lines.slice(1)
      ]),
    CHUNKS_FILE,
    /line 1\.language must not be empty/
  ],
  [
    'a symbol without a kind',
    dir => replaceChunks(dir, lines => lines.map(line => line.replace(/,"kind":"method"/, ''))),
    CHUNKS_FILE,
    /line \d+\.symbol lacks kind/
  ],
  [
    'a symbol that is a string',
    dir =>
      replaceChunks(dir, lines =>
        lines.map(line => line.replace(/"symbol":\{[^}]*\}/, '"symbol":"class C"'))
      ),
    CHUNKS_FILE,
    /line \d+\.symbol must be an object/
  ],
  [
    'a row with a text it should not have',
    dir =>
      replaceChunks(dir, lines => [lines[0].replace(/}$/, ',"text":"secret"}'), ...lines.slice(1)]),
    CHUNKS_FILE,
    /line 1 has unknown key "text"/
  ]
]

it.each(corruptions)('catches %s, naming the file', async (_, corrupt, file, reason) => {
  const dir = await validIndex()
  await corrupt(dir)
  const result = await verifyIndex(dir)
  expect(result.ok).toBe(false)
  const message = result.ok ? '' : result.reason
  expect(message.startsWith(`${join(dir, file)}: `)).toBe(true)
  expect(message).toMatch(reason)
  expect(message).not.toContain('\n')
})

describe('pathProblem', () => {
  it.each([
    ['src/a.ts', null],
    ['a', null],
    ['.github/workflows/ci.yml', null],
    ['a..b/c', null],
    ['', 'is empty'],
    ['/abs', 'is absolute'],
    ['C:/x', 'starts with a drive letter'],
    ['a\\b', 'contains a backslash'],
    ['a\0b', 'contains NUL'],
    ['a//b', 'has an empty segment'],
    ['a/', 'has an empty segment'],
    ['../a', "has a '..' segment"],
    ['a/../../b', "has a '..' segment"],
    ['./a', "has a '.' segment"]
  ])('%j → %j', (path, problem) => {
    expect(pathProblem(path)).toBe(problem)
  })
})
