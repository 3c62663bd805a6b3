/**
 * Combines the shard indexes of one tree into the index a single runner would have written:
 * same rows, order, metadata and vector bytes, with shard null. Shards are checked before
 * anything is combined, since one built with other settings or a shard missing or given twice
 * would silently give a wrong index.
 */
import fg from 'fast-glob'
import { resolve } from 'node:path'
import { rowsDiffer } from './compat.js'
import { IndexError } from './errors.js'
import type { ChunkRow, FileEntry, LoadedIndex, Manifest, SkippedEntry } from './format.js'
import { comparePaths } from '../core/index.js'
import { readVerifiedIndex } from './verify.js'
import { writeIndex } from './write.js'
import { quoted } from '../util/index.js'

interface ShardIndex {
  dir: string
  index: LoadedIndex
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
  for (const dir of shardDirs) shards.push({ dir, index: await readVerifiedIndex(dir) })
  checkSameSettings(shards)
  checkShardsComplete(shards)

  const files: { entry: FileEntry; shard: ShardIndex }[] = []
  const skipped: SkippedEntry[] = []
  const owner = new Map<string, string>()
  for (const shard of shards) {
    const { manifest } = shard.index
    for (const { path } of [...manifest.files, ...manifest.skipped]) {
      const other = owner.get(path)
      if (other !== undefined) {
        throw new IndexError(`cannot merge: ${quoted(path)} is in both ${other} and ${shard.dir}`)
      }
      owner.set(path, shard.dir)
    }
    // Loops, not push(...spread): a shard may list more entries than a call takes arguments.
    for (const entry of manifest.files) files.push({ entry, shard })
    for (const skip of manifest.skipped) skipped.push(skip)
  }
  files.sort((a, b) => comparePaths(a.entry.path, b.entry.path))
  skipped.sort((a, b) => comparePaths(a.path, b.path))

  const { format, tool, model, recipe, chunking, store_text, commit } = shards[0].index.manifest
  const dimension = model.dimension
  const rows: ChunkRow[] = []
  const vectors = new Float32Array(shards.reduce((sum, s) => sum + s.index.vectors.length, 0))
  const mergedFiles = files.map(({ entry, shard }) => {
    const first = entry.first_row
    vectors.set(
      shard.index.vectors.subarray(first * dimension, (first + entry.rows) * dimension),
      rows.length * dimension
    )
    const merged = { ...entry, first_row: rows.length }
    for (let row = first; row < first + entry.rows; row++) rows.push(shard.index.rows[row])
    return merged
  })
  return writeIndex(outDir, {
    manifest: {
      format,
      tool,
      model,
      recipe,
      chunking,
      store_text,
      shard: null,
      commit,
      files: mergedFiles,
      skipped
    },
    rows,
    vectors
  })
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
    const difference = rowsDiffer(first.index.manifest, shard.index.manifest)
    if (difference !== null) {
      throw new IndexError(
        `cannot merge: ${shard.dir} was made with ${difference} like ${first.dir}`
      )
    }
    for (const [name, get] of SHARED_SETTINGS) {
      const [mine, theirs] = [get(shard.index.manifest), get(first.index.manifest)]
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
  for (const { dir, index } of shards) {
    const shard = index.manifest.shard
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
