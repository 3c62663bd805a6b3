/**
 * Combines the shard indexes of one tree into the index a single runner would have written:
 * same rows, order, metadata and vector bytes, with shard null. Shards are checked before
 * anything is combined, since one built with other settings or a shard missing or given twice
 * would silently give a wrong index.
 *
 * The merge streams (a k-way merge by path): each shard's files are sorted by path, so the merged
 * order takes each shard's rows and vectors in the order they lie on disk, and every shard is read
 * once, front to back, in bounded pieces, hashed as it goes, while the merged files are written
 * the same way. Memory holds the manifests, one file's rows and each open shard's current piece,
 * never a shard's rows or vectors whole. Every row and vector is checked by the rules readIndex
 * applies, and each shard's checksums are compared before the merged index is swapped in: a shard
 * that fails leaves the output folder as it was.
 */
import fg from 'fast-glob'
import { join, resolve } from 'node:path'
import { rowsDiffer } from './compat.js'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  VECTORS_FILE,
  type ChunkRow,
  type FileEntry,
  type Manifest,
  type SkippedEntry
} from './format.js'
import { comparePaths } from '../core/index.js'
import { npyHeader, npyParts, readNpyHeader, readNpyRows } from './npy.js'
import { PartReader } from './part-stream.js'
import { PartWriter } from './part-writer.js'
import { checkCounts, checkShape, chunkRows, readManifest, wholeIndexFolder } from './read.js'
import { storedTextProblem } from './row-text.js'
import { checkEntries, checkFileRows, unitNormProblem } from './rules.js'
import { parseManifest } from './shape.js'
import { manifestBytes, writeStagedIndex } from './write.js'
import { quoted, writeFileDurably } from '../util/index.js'

interface ShardIndex {
  dir: string
  /** Where its files are: dir, or the old index a killed writer kept there. */
  folder: string
  manifest: Manifest
}

/** A shard being read: its rows and vectors, each from where the merge stands in them. */
interface OpenShard extends ShardIndex {
  chunks: PartReader
  rows: AsyncGenerator<ChunkRow>
  vectors: PartReader
}

interface MergedEntry {
  entry: FileEntry
  /** Its index in its shard's files, for messages. */
  at: number
  shard: ShardIndex
}

/** Settings every shard must share beyond its rows' (./compat.ts), by the name used in messages. */
const SHARED_SETTINGS: [name: string, get: (manifest: Manifest) => unknown][] = [
  ['format', m => m.format],
  ['tool.version', m => m.tool.version],
  ['store_text', m => m.store_text],
  // Shards of one tree were checked out at one commit; the merged index records it.
  ['commit', m => m.commit]
]

export async function mergeIndexes(shardDirs: string[], outDir: string): Promise<Manifest> {
  if (shardDirs.length === 0) throw new IndexError('cannot merge: no shard indexes given')
  const shards: ShardIndex[] = []
  for (const dir of shardDirs) shards.push(await readShardManifest(dir))
  checkSameSettings(shards)
  checkShardsComplete(shards)

  const files: MergedEntry[] = []
  const skipped: SkippedEntry[] = []
  const owner = new Map<string, string>()
  for (const shard of shards) {
    const { manifest } = shard
    for (const { path } of [...manifest.files, ...manifest.skipped]) {
      const other = owner.get(path)
      if (other !== undefined) {
        throw new IndexError(`cannot merge: ${quoted(path)} is in both ${other} and ${shard.dir}`)
      }
      owner.set(path, shard.dir)
    }
    // Loops, not push(...spread): a shard may list more entries than a call takes arguments.
    manifest.files.forEach((entry, at) => files.push({ entry, at, shard }))
    for (const skip of manifest.skipped) skipped.push(skip)
  }
  files.sort((a, b) => comparePaths(a.entry.path, b.entry.path))
  skipped.sort((a, b) => comparePaths(a.path, b.path))
  return writeStagedIndex(outDir, next => stageMerge(shards, files, skipped, next))
}

/** A shard's manifest, checked on its own (the rows and vectors are checked as they stream). */
async function readShardManifest(dir: string): Promise<ShardIndex> {
  const folder = await wholeIndexFolder(dir)
  const manifestPath = join(folder, MANIFEST_FILE)
  const manifest = await readManifest(manifestPath)
  checkCounts(manifest, manifest.counts.chunks, manifestPath)
  checkEntries(manifest, manifest.counts.chunks, file => join(folder, file))
  return { dir, folder, manifest }
}

/** Writes the merged chunks.jsonl, vectors.npy and manifest.json into `next`. */
async function stageMerge(
  shards: ShardIndex[],
  files: MergedEntry[],
  skipped: SkippedEntry[],
  next: string
): Promise<Manifest> {
  const { format, tool, model, recipe, chunking, store_text, commit } = shards[0].manifest
  const dimension = model.dimension
  const open: OpenShard[] = []
  const writers: PartWriter[] = []
  try {
    for (const shard of shards) open.push(await openShard(shard))
    const byShard = new Map(open.map(shard => [shard.dir, shard]))
    const chunksOut = await PartWriter.create(join(next, CHUNKS_FILE))
    writers.push(chunksOut)
    const vectorsOut = await PartWriter.create(join(next, VECTORS_FILE))
    writers.push(vectorsOut)
    const total = shards.reduce((sum, shard) => sum + shard.manifest.counts.chunks, 0)
    await vectorsOut.write(npyHeader(total, dimension))

    const mergedFiles: FileEntry[] = []
    let row = 0
    try {
      for (const { manifest, vectors } of open) {
        checkShape(manifest, await readNpyHeader(vectors), manifest.counts.chunks, vectors.path)
      }
      for (const { entry, at, shard } of files) {
        const source = byShard.get(shard.dir) as OpenShard
        const { rows, vectors } = await takeFile(source, entry, at)
        await chunksOut.write(Buffer.from(rows.map(r => JSON.stringify(r) + '\n').join('')))
        await vectorsOut.write(npyParts({ rows: entry.rows, cols: dimension, data: vectors })[1])
        mergedFiles.push({ ...entry, first_row: row })
        row += entry.rows
      }
      for (const shard of open) await finishShard(shard)
    } catch (error) {
      // A changed byte fails as the checksum mismatch it is, even where its content failed first.
      if (error instanceof IndexError) {
        for (const shard of open) {
          await shard.chunks.drainAndCheck(shard.manifest.checksums[CHUNKS_FILE])
          await shard.vectors.drainAndCheck(shard.manifest.checksums[VECTORS_FILE])
        }
      }
      throw error
    }
    writers.length = 0
    const checksums = {
      [CHUNKS_FILE]: await chunksOut.finish(),
      [VECTORS_FILE]: await vectorsOut.finish()
    }
    const manifest = parseManifest(
      {
        format,
        tool,
        model,
        recipe,
        chunking,
        store_text,
        shard: null,
        commit,
        counts: { files: mergedFiles.length, chunks: row, skipped: skipped.length },
        files: mergedFiles,
        skipped,
        checksums
      },
      `merged ${MANIFEST_FILE}`
    )
    await writeFileDurably(join(next, MANIFEST_FILE), manifestBytes(manifest))
    return manifest
  } finally {
    for (const writer of writers) await writer.abandon()
    for (const shard of open) {
      await shard.chunks.close()
      await shard.vectors.close()
    }
  }
}

async function openShard(shard: ShardIndex): Promise<OpenShard> {
  const chunks = await PartReader.open(join(shard.folder, CHUNKS_FILE))
  try {
    const vectors = await PartReader.open(join(shard.folder, VECTORS_FILE))
    return { ...shard, chunks, rows: chunkRows(chunks, shard.manifest.store_text), vectors }
  } catch (error) {
    await chunks.close()
    throw error
  }
}

/** The next file's rows and vectors from its shard, checked as readIndex checks them. */
async function takeFile(
  shard: OpenShard,
  entry: FileEntry,
  at: number
): Promise<{ rows: ChunkRow[]; vectors: Float32Array }> {
  const label = (file: string): string => join(shard.folder, file)
  const rows: ChunkRow[] = []
  while (rows.length < entry.rows) {
    const next = await shard.rows.next()
    if (next.done === true) {
      throw new IndexError(`${shard.chunks.path}: ends before row ${entry.first_row + rows.length}`)
    }
    rows.push(next.value)
  }
  checkFileRows(entry, at, rows, entry.first_row, label)
  const textProblem = storedTextProblem(rows, entry.first_row)
  if (textProblem !== null) throw new IndexError(`${shard.chunks.path}: ${textProblem}`)
  const vectors = await readNpyRows(shard.vectors, entry.rows, shard.manifest.model.dimension)
  const normProblem = unitNormProblem(vectors, shard.manifest.model.dimension, entry.first_row)
  if (normProblem !== null) throw new IndexError(`${shard.vectors.path}: ${normProblem}`)
  return { rows, vectors }
}

/** Throws unless the shard's files held nothing past its rows and have their checksums. */
async function finishShard(shard: OpenShard): Promise<void> {
  if ((await shard.rows.next()).done !== true) {
    throw new IndexError(
      `${shard.chunks.path}: has more rows than counts.chunks (${shard.manifest.counts.chunks})`
    )
  }
  shard.chunks.checkWhole(shard.manifest.checksums[CHUNKS_FILE])
  shard.vectors.checkWhole(shard.manifest.checksums[VECTORS_FILE])
}

/**
 * The shard folders that the action's merge-from lines name: folders, or globs matching folders,
 * relative to `root`. A glob that matches nothing is an error here, where it can be named,
 * rather than a missing shard later.
 */
export async function expandMergeInputs(inputs: string[], root: string): Promise<string[]> {
  const dirs: string[] = []
  for (const input of inputs) {
    if (!fg.isDynamicPattern(input)) {
      dirs.push(resolve(root, input))
      continue
    }
    const matches = await fg(input, { cwd: root, onlyDirectories: true, absolute: true, dot: true })
    if (matches.length === 0) {
      throw new IndexError(`merge-from: ${input} matches no folder under ${root}`)
    }
    dirs.push(...matches.map(match => resolve(match)).sort(comparePaths))
  }
  // The same folder named twice is one shard, not a shard given twice.
  return [...new Set(dirs)]
}

function checkSameSettings([first, ...rest]: ShardIndex[]): void {
  for (const shard of rest) {
    const difference = rowsDiffer(first.manifest, shard.manifest)
    if (difference !== null) {
      throw new IndexError(
        `cannot merge: ${shard.dir} was made with ${difference} like ${first.dir}`
      )
    }
    for (const [name, get] of SHARED_SETTINGS) {
      const [mine, theirs] = [get(shard.manifest), get(first.manifest)]
      if (mine !== theirs) {
        throw new IndexError(
          `cannot merge: ${shard.dir} has ${name} ${quoted(mine)} but ${first.dir} has ${quoted(theirs)}`
        )
      }
    }
  }
}

/** Every shard 1..count exactly once, all of the same count. */
function checkShardsComplete(shards: ShardIndex[]): void {
  const byNumber = new Map<number, string>()
  let count: number | undefined
  for (const { dir, manifest } of shards) {
    const shard = manifest.shard
    if (shard === null)
      throw new IndexError(`cannot merge: ${dir} is not a shard index (shard is null)`)
    count ??= shard.count
    if (shard.count !== count) {
      throw new IndexError(
        `cannot merge: ${dir} is shard ${shard.number}/${shard.count} but ${shards[0].dir} is one of ${count}`
      )
    }
    const other = byNumber.get(shard.number)
    if (other !== undefined) {
      throw new IndexError(
        `cannot merge: ${other} and ${dir} are both shard ${shard.number}/${count}`
      )
    }
    byNumber.set(shard.number, dir)
  }
  const missing = Array.from({ length: count ?? 0 }, (_, i) => i + 1).filter(i => !byNumber.has(i))
  if (missing.length > 0) {
    throw new IndexError(`cannot merge: shard ${missing.join(', ')} of ${count} missing`)
  }
}
