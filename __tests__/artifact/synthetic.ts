/**
 * Synthetic indexes for the index tests: seeded random paths, rows and unit vectors, no model.
 * The paths include names whose UTF-16 code-unit order differs from code-point order.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Shard } from '../../src/core/shard.js'
import {
  FORMAT_VERSION,
  MANIFEST_FILE,
  TOOL_NAME,
  type Checksums,
  type ChunkRow,
  type FileEntry,
  type Manifest,
  type IndexData,
  type SkippedEntry
} from '../../src/artifact/format.js'
import { readNpy } from '../../src/artifact/npy.js'
import { PartReader } from '../../src/artifact/part-stream.js'
import { seededRandom } from '../../tools/fixture-model/random.js'

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

export function unitVectors(random: () => number, rows: number, dimension: number): Float32Array {
  const vectors = new Float32Array(rows * dimension)
  for (let row = 0; row < rows; row++) {
    const v = vectors.subarray(row * dimension, (row + 1) * dimension)
    let norm = 0
    for (let i = 0; i < dimension; i++) {
      v[i] = random() * 2 - 1
      norm += v[i] * v[i]
    }
    for (let i = 0; i < dimension; i++) v[i] /= Math.sqrt(norm)
  }
  return vectors
}

const FOLDERS = ['', 'src/', 'src/a/', 'docs/', 'Lib/', 'é/', '𝒳/', '～/']
const NAMES = ['main', 'README', 'a-b', 'a.b', 'Zeta', 'été', '日本', 'x']
const ROOT_MODEL = {
  id: 'test/model',
  revision: 'main',
  commit: null,
  // A local model folder's files, by their digest (src/embed/model-digest.ts).
  sha256: 'd'.repeat(64),
  dtype: 'fp32',
  dimension: 8
} as const

export interface SyntheticOptions {
  seed: number
  files: number
  dimension?: number
  storeText?: boolean
  skipped?: number
}

export function syntheticIndex(options: SyntheticOptions): IndexData {
  const { seed, files: fileCount, dimension = ROOT_MODEL.dimension, storeText = false } = options
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const paths = new Set<string>()
  while (paths.size < fileCount) paths.add(`${pick(FOLDERS)}${pick(NAMES)}${paths.size}.ts`)
  const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

  const rows: ChunkRow[] = []
  const files: FileEntry[] = sorted.map(path => {
    const first_row = rows.length
    const count = Math.floor(random() * 5) // some files have no chunks
    let line = 1
    for (let i = 0; i < count; i++) {
      // A third of the rows continue the line above (pieces of a long line share a start_line).
      const start_line = i > 0 && random() < 0.33 ? rows[rows.length - 1].end_line : line
      const end_line = start_line + Math.floor(random() * 20)
      const text = `chunk ${i} of ${path}\n`
      const row: ChunkRow = {
        path,
        start_line,
        end_line,
        tokens: 1 + Math.floor(random() * 255),
        // The row's hash is its text's, as the chunker makes it (readers check stored text).
        sha256: sha256(text),
        language: i % 3 === 2 ? null : 'typescript'
      }
      if (i % 2 === 1) row.symbol = { path: `class C${i} > method m${i}`, kind: 'method' }
      if (storeText) row.text = text
      rows.push(row)
      line = end_line + 1
    }
    return {
      path,
      sha256: sha256(`file:${seed}:${path}`),
      bytes: Math.floor(random() * 1e5),
      git_blob: sha256(`blob:${path}`).slice(0, 40),
      first_row,
      rows: count
    }
  })
  const skipped: SkippedEntry[] = Array.from({ length: options.skipped ?? 3 }, (_, i) => ({
    path: `assets/blob${i}.bin`,
    reason: i % 2 === 0 ? 'binary' : 'too-large'
  }))
  return {
    manifest: {
      format: FORMAT_VERSION,
      tool: { name: TOOL_NAME, version: '0.1.0' },
      model: { ...ROOT_MODEL, dimension },
      recipe: 'mean-l2/1',
      chunking: { chunker: 'lines-cdc/1', max_tokens: 256 },
      store_text: storeText,
      shard: null,
      commit: null,
      files,
      skipped
    },
    rows,
    vectors: unitVectors(random, rows.length, dimension)
  }
}

/**
 * The part of `full` that shard `shard` holds, when `shardOf(path)` names each path's shard; a
 * deep copy, free to edit.
 */
export function shardIndex(
  full: IndexData,
  shard: Shard,
  shardOf: (path: string) => number
): IndexData {
  const dimension = full.manifest.model.dimension
  const rows: ChunkRow[] = []
  const vectors: number[] = []
  const files = full.manifest.files
    .filter(file => shardOf(file.path) === shard.number)
    .map(file => {
      const entry = { ...file, first_row: rows.length }
      rows.push(...structuredClone(full.rows.slice(file.first_row, file.first_row + file.rows)))
      vectors.push(
        ...full.vectors.subarray(
          file.first_row * dimension,
          (file.first_row + file.rows) * dimension
        )
      )
      return entry
    })
  return {
    manifest: {
      ...structuredClone(full.manifest),
      shard,
      files,
      skipped: full.manifest.skipped.filter(skip => shardOf(skip.path) === shard.number)
    },
    rows,
    vectors: new Float32Array(vectors)
  }
}

/** Edits manifest.json in place (no checksum involved). */
export async function editManifest(dir: string, edit: (manifest: Manifest) => void): Promise<void> {
  const path = join(dir, MANIFEST_FILE)
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest
  edit(manifest)
  await writeFile(path, JSON.stringify(manifest, null, 2) + '\n')
}

/**
 * Replaces one data file and records its new checksum in the manifest, so that what is tested is
 * the check behind the checksum.
 */
export async function replacePart(dir: string, file: string, bytes: Buffer): Promise<void> {
  await writeFile(join(dir, file), bytes)
  await editManifest(dir, manifest => {
    manifest.checksums[file as keyof Checksums] = sha256(bytes)
  })
}

/** A new empty folder under the OS temp folder; remove it with removeTempDirs. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'embed-index-test-'))
  created.push(dir)
  return dir
}

const created: string[] = []

export async function removeTempDirs(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true })
}

/** The matrix in an NPY file, read as the index reader reads vectors.npy. */
export async function readNpyFile(
  path: string
): Promise<{ rows: number; cols: number; data: Float32Array }> {
  const reader = await PartReader.open(path)
  try {
    return await readNpy(reader)
  } finally {
    await reader.close()
  }
}
