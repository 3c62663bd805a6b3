/**
 * The model folders `--model-path` named, remembered by their files' digest in the user's own
 * model cache, so that `query` and `serve` find the folder an index was made with without a flag.
 * An index names only a digest (untrusted, like every index value); a folder is used only when
 * this machine's own record names it and its files still have that digest.
 */
import { join } from 'node:path'
import type { Log } from '../core/index.js'
import { errorMessage, makeFolders, readJsonFile, writeFileAtomically } from '../util/index.js'
import { modelDigest } from './model-digest.js'
import type { PinnedModel } from './model-source.js'

const RECORDS = 'local-models'

function recordOf(cacheDir: string, sha256: string): string {
  return join(cacheDir, RECORDS, `${sha256}.json`)
}

/**
 * Records the local folder an index is made from under its files' digest; a record that cannot
 * be written costs a warning, not the run.
 */
export async function rememberLocalModel(model: PinnedModel, log: Log): Promise<void> {
  if (model.path === undefined || model.sha256 === undefined) return
  try {
    await makeFolders(join(model.cacheDir, RECORDS))
    await writeFileAtomically(
      recordOf(model.cacheDir, model.sha256),
      JSON.stringify({ path: model.path }) + '\n'
    )
  } catch (error) {
    log.warning(
      `model folder ${model.path} not remembered in ${model.cacheDir}: ${errorMessage(error)}`
    )
  }
}

/** The remembered folder of the model files with this digest, if it still holds them. */
export async function recallLocalModel(
  cacheDir: string,
  sha256: string,
  files: readonly string[]
): Promise<string | undefined> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined
  let record: unknown
  try {
    record = await readJsonFile(recordOf(cacheDir, sha256))
  } catch {
    return undefined
  }
  const path = (record as { path?: unknown } | null)?.path
  if (typeof path !== 'string') return undefined
  try {
    return (await modelDigest(path, files)) === sha256 ? path : undefined
  } catch {
    return undefined
  }
}
