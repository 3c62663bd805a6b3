import { createHash } from 'node:crypto'

/** Shard `number` of `count`, 1-based: 'I/N' on the command line. */
export interface Shard {
  number: number
  count: number
}

/**
 * Whether a file belongs to a shard: the first four bytes of the SHA-256 of its path, as an
 * unsigned integer, modulo the shard count. Depending on the path alone makes shards disjoint and
 * complete, and keeps a file in its shard however the rest of the tree changes.
 */
export function inShard(path: string, shard: Shard): boolean {
  const bucket = createHash('sha256').update(path, 'utf8').digest().readUInt32BE(0) % shard.count
  return bucket === shard.number - 1
}

/** Reads 'I/N' (shard I of N, 1 <= I <= N); throws an Error saying what is wrong otherwise. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (match === null) throw new Error(`shard "${text}" is not of the form I/N, e.g. 2/4`)
  const number = Number(match[1])
  const count = Number(match[2])
  if (!Number.isSafeInteger(count)) throw new Error(`shard "${text}": the shard count is too large`)
  if (count < 1) throw new Error(`shard "${text}": the shard count must be at least 1`)
  if (number < 1 || number > count) {
    throw new Error(`shard "${text}": the shard number must be between 1 and ${count}`)
  }
  return { number, count }
}
