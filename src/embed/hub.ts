/**
 * The Hugging Face Hub (or a mirror laid out like it): which commit a revision names, and the
 * model files at that commit. With HF_TOKEN set, every request carries it as a bearer token so that
 * gated and private models work; it is never written to a log or an error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import { errorMessage } from '../util/index.js'
import { downloadFile, HttpStatusError } from './download.js'
import type { ModelConfig } from '../core/index.js'

/** A full commit id, as the hub names commits. */
const COMMIT = /^[0-9a-f]{40}$/

function hubHeaders(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return env.HF_TOKEN ? { authorization: `Bearer ${env.HF_TOKEN}` } : {}
}

/** `<hub>/<id>/resolve/<revision>/<file>` */
function fileUrl(config: ModelConfig, revision: string, file: string): string {
  return `${config.hubUrl}/${config.id}/resolve/${encodeURIComponent(revision)}/${file}`
}

/** Where the commit a revision named is remembered, so a later run without the hub can use it. */
function refFile(config: ModelConfig): string {
  return path.join(
    config.cacheDir,
    ...config.id.split('/'),
    'refs',
    encodeURIComponent(config.revision)
  )
}

/**
 * The commit the hub serves for the model's revision: the revision itself when it is a full commit
 * id, else the `X-Repo-Commit` header of the hub's answer for config.json. Null when the hub (a
 * mirror) does not say. Without the hub, the commit an earlier run resolved, with a warning.
 */
export async function resolveCommit(config: ModelConfig, log: Log): Promise<string | null> {
  if (COMMIT.test(config.revision)) return config.revision
  let response: Response
  try {
    response = await fetch(fileUrl(config, config.revision, 'config.json'), {
      method: 'HEAD',
      headers: hubHeaders()
    })
  } catch (error) {
    const remembered = await readFile(refFile(config), 'utf8').then(
      text => text.trim(),
      () => undefined
    )
    if (remembered !== undefined && COMMIT.test(remembered)) {
      log.warning(
        `could not ask ${config.hubUrl} which commit ${config.id}@${config.revision} is ` +
          `(${describeFetchError(error)}); using ${remembered}, which it was on an earlier run`
      )
      return remembered
    }
    throw new Error(hubAdvice(config, 'config.json', error), { cause: error })
  }
  if (response.status !== 200) {
    throw new Error(
      hubAdvice(config, 'config.json', new HttpStatusError(response.url, response.status))
    )
  }
  const commit = response.headers.get('x-repo-commit')
  if (commit === null || !COMMIT.test(commit)) {
    log.warning(
      `${config.hubUrl} did not say which commit ${config.id}@${config.revision} is (no ` +
        `X-Repo-Commit header): the model is not pinned, so name a commit in model-revision ` +
        `if the revision may move`
    )
    return null
  }
  await mkdir(path.dirname(refFile(config)), { recursive: true })
  await writeFile(refFile(config), `${commit}\n`)
  return commit
}

/** Downloads `files` of the model at `commit` (or its revision, when not pinned) into `dir`. */
export async function downloadModelFiles(
  config: ModelConfig,
  commit: string | null,
  files: string[],
  dir: string,
  log?: Pick<Log, 'info'>
): Promise<void> {
  const at = commit ?? config.revision
  log?.info(`Downloading ${config.id}@${at} from ${config.hubUrl} into ${dir}`)
  for (const file of files) {
    try {
      await downloadFile(fileUrl(config, at, file), path.join(dir, file), hubHeaders())
    } catch (error) {
      throw new Error(hubAdvice(config, file, error), { cause: error })
    }
  }
}

function hubAdvice(config: ModelConfig, file: string, error: unknown): string {
  const what = `Could not download ${file} of model ${config.id}@${config.revision} from ${config.hubUrl}`
  if (error instanceof HttpStatusError && error.status === 404) {
    return `${what}: not found (HTTP 404). Check the model id, the revision and that the model has ONNX weights.`
  }
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return (
      `${what}: HTTP ${error.status}. A gated or private model needs a token with access to it ` +
      `in the HF_TOKEN environment variable${process.env.HF_TOKEN ? ' (the one set was refused)' : ''}.`
    )
  }
  return (
    `${what}: ${describeFetchError(error)}. Without access to the hub, set model-path ` +
    `(--model-path) to a local model folder, or hub-url (--hub-url) to a mirror laid out like the hub.`
  )
}

/** fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND, ...) is its cause. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause
  return cause === undefined
    ? errorMessage(error)
    : `${errorMessage(error)} (${errorMessage(cause)})`
}
