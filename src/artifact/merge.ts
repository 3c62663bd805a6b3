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
  type FileEntry,
  type Manifest,
  type SkippedEntry
} from './format.js'
import { comparePaths } from '../core/index.js'
import { IndexStream, readIndexHead, type IndexHead } from './index-stream.js'
import { npyHeader, npyParts } from './npy.js'
import { PIECE_BYTES } from './part-stream.js'
import { PartWriter } from './part-writer.js'
import { parseManifest } from './shape.js'
import { manifestBytes, writeStagedIndex } from './write.js'
import { quoted, writeFileDurably } from '../util/index.js'

interface MergedEntry {
  entry: FileEntry
  /** Its index in its shard's files. */
  at: number
  shard: IndexHead
}

/**
 * What the open shards' reads take in all, shared among them: the merge's memory stays the same
 * for 2 shards or 500 (down to MIN_PIECE_BYTES a read).
 */
const READ_BUDGET_BYTES = 4 * PIECE_BYTES
const MIN_PIECE_BYTES = 64 * 1024

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
  const shards: IndexHead[] = []
  for (const dir of shardDirs) shards.push(await readIndexHead(dir))
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

/** Writes the merged chunks.jsonl, vectors.npy and manifest.json into `next`. */
async function stageMerge(
  shards: IndexHead[],
  files: MergedEntry[],
  skipped: SkippedEntry[],
  next: string
): Promise<Manifest> {
  const { format, tool, model, recipe, chunking, store_text, commit } = shards[0].manifest
  const dimension = model.dimension
  const streams = new Map<IndexHead, IndexStream>()
  const writers: PartWriter[] = []
  try {
    const pieceBytes = Math.max(
      MIN_PIECE_BYTES,
      Math.min(PIECE_BYTES, Math.floor(READ_BUDGET_BYTES / (2 * shards.length)))
    )
    for (const shard of shards) streams.set(shard, await IndexStream.open(shard, pieceBytes))
    const chunksOut = await PartWriter.create(join(next, CHUNKS_FILE))
    writers.push(chunksOut)
    const vectorsOut = await PartWriter.create(join(next, VECTORS_FILE))
    writers.push(vectorsOut)
    const total = shards.reduce((sum, shard) => sum + shard.manifest.counts.chunks, 0)
    await vectorsOut.write(npyHeader(total, dimension))

    const mergedFiles: FileEntry[] = []
    let row = 0
    await IndexStream.checksumsFirst([...streams.values()], async () => {
      for (const stream of streams.values()) await stream.start()
      for (const { entry, at, shard } of files) {
        const { rows, vectors } = await (streams.get(shard) as IndexStream).takeFile(entry, at)
        await chunksOut.write(Buffer.from(rows.map(row => JSON.stringify(row) + '\n').join('')))
        await vectorsOut.write(npyParts({ rows: entry.rows, cols: dimension, data: vectors })[1])
        mergedFiles.push({ ...entry, first_row: row })
        row += entry.rows
      }
      for (const stream of streams.values()) await stream.finish()
    })
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
        counts: { files: mergedFiles.length, chunks: total, skipped: skipped.length },
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
    for (const stream of streams.values()) await stream.close()
  }
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

function checkSameSettings([first, ...rest]: IndexHead[]): void {
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
function checkShardsComplete(shards: IndexHead[]): void {
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
