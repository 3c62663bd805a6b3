/**
 * stats.json: the throughput figures of the run that wrote an index. Run-specific, so kept apart
 * from the reproducible artifact: not covered by checksums, optional, and removed by writeIndex
 * (write the stats after the index). Its fields are the report's business (src/report/stats.ts);
 * here it is any JSON object, and what is read back must be checked by whoever uses its fields:
 * a prior index, stats included, comes from a cache.
 */
import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durable.js'
import { IndexError } from './errors.js'
import { STATS_FILE } from './format.js'

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type IndexStats = { [key: string]: JsonValue }

export async function writeStats(dir: string, stats: object): Promise<void> {
  const path = join(dir, STATS_FILE)
  const staging = `${path}.${process.pid}.tmp`
  await writeFileDurably(staging, JSON.stringify(stats, null, 2) + '\n')
  await rename(staging, path)
}

/** The index's stats, undefined when it has none; IndexError when stats.json is not a JSON object. */
export async function readStats(dir: string): Promise<IndexStats | undefined> {
  const path = join(dir, STATS_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new IndexError(`${path}: cannot be read (${(error as Error).message})`)
  }
  let stats: unknown
  try {
    stats = JSON.parse(text)
  } catch (error) {
    throw new IndexError(`${path}: not valid JSON (${(error as Error).message})`)
  }
  if (typeof stats !== 'object' || stats === null || Array.isArray(stats)) {
    throw new IndexError(`${path}: must be a JSON object`)
  }
  return stats as IndexStats
}
