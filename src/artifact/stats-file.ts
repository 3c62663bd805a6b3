/**
 * stats.json: the throughput figures of the run that wrote an index. Run-specific, so kept apart
 * from the reproducible artifact: not covered by checksums, optional, and removed by writeIndex
 * (write the stats after the index). Its fields are the report's business (src/report/stats.ts);
 * here it is any JSON object, and what is read back must be checked by whoever uses its fields:
 * a prior index, stats included, comes from a cache.
 */
import { join } from 'node:path'
import { writeFileAtomically } from '../util/durable.js'
import { errorCode } from '../util/errors.js'
import { readJsonFile } from '../util/json.js'
import { IndexError } from './errors.js'
import { STATS_FILE } from './format.js'

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type IndexStats = { [key: string]: JsonValue }

export async function writeStats(dir: string, stats: object): Promise<void> {
  await writeFileAtomically(join(dir, STATS_FILE), JSON.stringify(stats, null, 2) + '\n')
}

/** The index's stats, undefined when it has none; IndexError when stats.json is not a JSON object. */
export async function readStats(dir: string): Promise<IndexStats | undefined> {
  let stats: unknown
  try {
    stats = await readJsonFile(join(dir, STATS_FILE), IndexError)
  } catch (error) {
    if (errorCode((error as Error).cause) === 'ENOENT') return undefined
    throw error
  }
  if (typeof stats !== 'object' || stats === null || Array.isArray(stats)) {
    throw new IndexError(`${join(dir, STATS_FILE)}: must be a JSON object`)
  }
  return stats as IndexStats
}
