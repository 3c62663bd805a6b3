/**
 * `embed-index pull`: the index CI built for this checkout (HEAD, else its nearest first-parent
 * ancestor with one), from the workflow run's artifact, verified and put where query and serve
 * read by default.
 */
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  STATS_FILE,
  VECTORS_FILE,
  readVerifiedIndex,
  type IndexModel
} from '../artifact/index.js'
import type { Log } from '../core/index.js'
import { modelCacheDir, weightsFile } from '../embed/index.js'
import type { Repository } from '../core/index.js'
import { githubClient } from '../github/index.js'
import { apiFailure, behindText, findArtifact } from './artifacts.js'
import { PullError } from './errors.js'
import { firstParentCommits, originRepository } from './git.js'
import { placeIndex } from './place.js'
import { githubToken } from './token.js'
import { unzipIndex } from './unzip.js'

/** How far back from HEAD an artifact is looked for. */
export const MAX_COMMITS_BEHIND = 50

/** Bound on the zip and on what it inflates to: an index of a million chunks is well under. */
const MAX_ZIP_BYTES = 2 * 1024 ** 3
const MAX_INDEX_BYTES = 3 * 1024 ** 3

export interface PullSettings {
  /** The git checkout. */
  root: string
  /** Where the index goes. */
  index: string
  /** Default: origin's GitHub repository. */
  repository?: Repository
  artifact: string
  apiUrl: string
  /** Where query and serve keep hub models, to tell whether the index's model is there. */
  modelCacheDir: string
}

export interface PullResult {
  commit: string
  behind: number
  files: number
  chunks: number
  model: IndexModel
}

export async function pullIndex(settings: PullSettings, log: Log): Promise<PullResult> {
  const repository = settings.repository ?? (await originRepository(settings.root))
  if (repository === undefined) {
    throw new PullError(
      `the origin remote of ${settings.root} is not a GitHub repository; name one with --repo OWNER/NAME`
    )
  }
  const commits = await firstParentCommits(settings.root, MAX_COMMITS_BEHIND).catch(
    (error: unknown) => {
      throw new PullError(`${settings.root} is not a git checkout with commits`, { cause: error })
    }
  )
  const client = githubClient(await githubToken(), { baseUrl: settings.apiUrl })
  const found = await findArtifact(client, repository, settings.artifact, commits)
  log.info(
    `pulling artifact ${JSON.stringify(settings.artifact)} of commit ${found.commit} (${behindText(found.behind)})`
  )
  if (found.sizeInBytes > MAX_ZIP_BYTES) {
    throw new PullError(
      `the artifact is ${found.sizeInBytes} bytes, over the ${MAX_ZIP_BYTES} taken`
    )
  }
  const zip = await client.rest.actions
    .downloadArtifact({ ...repository, artifact_id: found.id, archive_format: 'zip' })
    .then(
      response => new Uint8Array(response.data as ArrayBuffer),
      (error: unknown) => {
        throw new PullError(`downloading the artifact: ${apiFailure(error)}`, { cause: error })
      }
    )
  const files = unzipIndex(
    zip,
    [MANIFEST_FILE, CHUNKS_FILE, VECTORS_FILE, STATS_FILE],
    MAX_INDEX_BYTES
  )
  const placed = await placeIndex(files, settings.index)
  const { manifest } = await readVerifiedIndex(settings.index)
  log.info(
    `pulled ${placed.files} files, ${placed.chunks} chunks of commit ${found.commit} into ${settings.index}`
  )
  log.info(await modelAdvice(manifest.model, settings.modelCacheDir))
  return { commit: found.commit, behind: found.behind, ...placed, model: manifest.model }
}

/** Which model the index needs, and whether query and serve will find it or how to get it. */
async function modelAdvice(model: IndexModel, cacheDir: string): Promise<string> {
  const named = `the index needs model ${model.id} (revision ${model.revision}, dtype ${model.dtype})`
  if (model.commit === null) {
    return `${named}, made from a local model folder: give query and serve --model-path with the same files (sha256 ${model.sha256 ?? 'unknown'})`
  }
  const dir = modelCacheDir({ ...model, commit: model.commit, cacheDir, hubUrl: '' })
  const cached = await access(join(dir, weightsFile(model.dtype))).then(
    () => true,
    () => false
  )
  return cached
    ? `${named}: in the local cache (${dir})`
    : `${named}, not in the local cache: query and serve download it from the hub on first use, or give them --model-path DIR holding its files at commit ${model.commit}`
}
