/**
 * stats.json: the throughput figures of the run that wrote an index. Run-specific, so kept apart
 * from the reproducible artifact: not covered by checksums, optional, removed by writeIndex and
 * written after the index by the pipeline. Its fields are the report's business (src/report/stats.ts);
 * here it is any JSON object, and what is read back must be checked by whoever uses its fields:
 * a prior index, stats included, comes from a cache.
 */
import { join } from 'node:path'
import { errorCode } from '../util/index.js'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'
import { IndexError } from './errors.js'
import { STATS_FILE } from './format.js'

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
type IndexStats = { [key: string]: JsonValue }

/**
 * The index's stats, undefined when it has none; IndexError when stats.json is not a regular file
 * holding a JSON object.
 */
export async function readStats(dir: string): Promise<IndexStats | undefined> {
  const path = join(dir, STATS_FILE)
  let bytes: Buffer
  try {
    bytes = await readRegularFile(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw new IndexError(`${path}: cannot be read (${errorCode(error)})`, { cause: error })
  }
  const stats = parseJson(bytes.toString('utf8'), path, IndexError)
  if (typeof stats !== 'object' || stats === null || Array.isArray(stats)) {
    throw new IndexError(`${path}: must be a JSON object`)
  }
  return stats as IndexStats
}
