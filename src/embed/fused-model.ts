import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import { errorCode, errorMessage } from '../util/index.js'
import { parseJson } from '../util/index.js'
import { sha256Hex } from '../util/index.js'
import { loadEmbedder } from './embedder.js'
import type { Rewrite } from './fuse/rewrite.js'
import { weightsFile, type ResolvedModel } from './model-source.js'

/**
 * The rewrite's version: part of the cache folder's name, so a changed rewrite never reuses a file
 * an older one made. Bump it with any change to ./fuse/.
 */
export const FUSION_VERSION = 2

const VERDICT_FILE = 'fusion.json'

/**
 * Texts the rewritten encoder must embed to the very bits the original gives: the rewrite keeps
 * the recipe (src/embed/embedder.ts EMBEDDING_RECIPE), so its vectors must be the original's.
 * Short and long, with padding (texts of different lengths share an fp32 call).
 */
const PROBE_TEXTS = [
  'function add(a, b) { return a + b }',
  'The quick brown fox jumps over the lazy dog. '.repeat(12),
  '# Install\n\nnpm install embed-index --save-dev'
]

/**
 * What a cache folder records about one source file: the fusions, whether they are used, and the
 * SHA-256 of the file they were decided for and of the rewritten file, so that a folder altered
 * after it was made (a poisoned cache entry, a shared cache folder) is noticed when loaded.
 */
interface Verdict {
  applied: Rewrite['applied']
  used: boolean
  source_sha256: string
  /** null when the rewritten file is not used (none is kept). */
  rewritten_sha256: string | null
}

/**
 * The model with its encoder graph rewritten (./fuse/rewrite.ts), or as it is when no fusion
 * applies or the rewritten graph does not embed the probe texts to the same vectors. The outcome,
 * and the rewritten file when used, are cached under `<modelCache>/fused/<sha-256 of the file>-v<N>`,
 * so workers, later runs and other shards load it without rewriting again.
 */
export async function fuseModel(
  model: ResolvedModel,
  modelCache: string,
  log: Pick<Log, 'info' | 'warning'>
): Promise<ResolvedModel> {
  // The fusions rewrite quantised products only: an fp32 graph has none, and reading and hashing
  // its file would only cost time.
  if (model.dtype !== 'q8') return model
  // Imported here: the ONNX reader is a tenth of the bundle, and fp32 runs never need it.
  const { describeFusions } = await import('./fuse/rewrite.js')
  const source = path.join(model.dir, weightsFile(model.dtype))
  const bytes = await readFile(source)
  const sourceSha256 = sha256Hex(bytes)
  const folder = path.join(modelCache, 'fused', `${sourceSha256}-v${FUSION_VERSION}`)
  const cached = await readVerdict(folder)
  if (cached !== undefined) {
    const problem = await cacheProblem(cached, sourceSha256, folder, model)
    if (problem !== undefined) {
      log.warning(
        `graph rewrite cache ${folder}: ${problem}; using the model as it is (delete the folder ` +
          'to rewrite it again)'
      )
      return model
    }
  }
  const verdict = cached ?? (await decide(model, bytes, sourceSha256, folder, log))
  const fusions = describeFusions(verdict.applied)
  const outcome = verdict.used
    ? fusions
    : Object.keys(verdict.applied).length === 0
      ? 'no fusion applies; model used as it is'
      : `${fusions} gave other vectors; model used as it is`
  log.info(`graph rewrite of ${source}${cached ? ' (cached)' : ''}: ${outcome}`)
  return verdict.used ? { ...model, encoderDir: folder } : model
}

async function readVerdict(folder: string): Promise<Verdict | undefined> {
  const file = path.join(folder, VERDICT_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
  const verdict = parseJson(text, file) as Partial<Verdict> | null
  if (
    typeof verdict?.used !== 'boolean' ||
    typeof verdict.applied !== 'object' ||
    typeof verdict.source_sha256 !== 'string' ||
    (verdict.used
      ? typeof verdict.rewritten_sha256 !== 'string'
      : verdict.rewritten_sha256 !== null)
  ) {
    throw new Error(`${file}: not a graph-rewrite verdict; delete the folder ${folder}`)
  }
  return verdict as Verdict
}

/**
 * Why a cached verdict cannot be trusted: it was not decided for this source file, or the
 * rewritten file is not the one the probe accepted. Undefined when it holds.
 */
async function cacheProblem(
  verdict: Verdict,
  sourceSha256: string,
  folder: string,
  model: ResolvedModel
): Promise<string | undefined> {
  if (verdict.source_sha256 !== sourceSha256) {
    return 'its verdict was made for another file'
  }
  if (!verdict.used) return undefined
  const rewritten = path.join(folder, weightsFile(model.dtype))
  const bytes = await readFile(rewritten).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  })
  if (bytes === undefined) return `${rewritten} is missing`
  return sha256Hex(bytes) === verdict.rewritten_sha256
    ? undefined
    : `${rewritten} is not the file the probe accepted (its sha-256 differs)`
}

/**
 * Rewrites and probes in a staging folder beside the cache folder, then renames it into place: a
 * folder only ever appears complete, and when two runs race the loser's identical verdict is
 * dropped.
 */
async function decide(
  model: ResolvedModel,
  bytes: Uint8Array,
  sourceSha256: string,
  folder: string,
  log: Pick<Log, 'warning'>
): Promise<Verdict> {
  const staging = `${folder}.${process.pid}-${randomBytes(4).toString('hex')}`
  const { describeFusions, rewriteEncoder } = await import('./fuse/rewrite.js')
  try {
    const rewrite = rewriteEncoder(bytes)
    await mkdir(path.join(staging, path.dirname(weightsFile(model.dtype))), { recursive: true })
    let used = Object.keys(rewrite.applied).length > 0
    if (used) {
      await copyFile(path.join(model.dir, 'config.json'), path.join(staging, 'config.json'))
      await writeFile(path.join(staging, weightsFile(model.dtype)), rewrite.bytes)
      const mismatch = await probeMismatch(model, { ...model, encoderDir: staging })
      if (mismatch !== undefined) {
        log.warning(
          `graph rewrite of ${model.id} (${describeFusions(rewrite.applied)}) gave different ` +
            `vectors (${mismatch}); using the model as it is`
        )
        used = false
        await rm(path.join(staging, weightsFile(model.dtype)))
      }
    }
    const verdict: Verdict = {
      applied: rewrite.applied,
      used,
      source_sha256: sourceSha256,
      rewritten_sha256: used ? sha256Hex(rewrite.bytes) : null
    }
    await writeFile(path.join(staging, VERDICT_FILE), `${JSON.stringify(verdict)}\n`)
    await rename(staging, folder).catch(async (error: unknown) => {
      // Renaming onto a non-empty folder fails: another run finished first, and decided the same.
      if ((await readVerdict(folder)) === undefined) throw error
    })
    return verdict
  } catch (error) {
    throw new Error(`graph rewrite of ${model.id} failed: ${errorMessage(error)}`, { cause: error })
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** Undefined when both encoders give the probe texts the same bits; else how they differ. */
export async function probeMismatch(
  original: ResolvedModel,
  rewritten: ResolvedModel
): Promise<string | undefined> {
  const [before, after] = await Promise.all([embedProbe(original), embedProbe(rewritten)])
  const differing = before.filter((value, i) => !Object.is(value, after[i])).length
  return differing === 0 ? undefined : `${differing} of ${before.length} numbers differ`
}

async function embedProbe(model: ResolvedModel): Promise<Float32Array> {
  const embedder = await loadEmbedder(model, 1)
  try {
    return await embedder.embedBatch(PROBE_TEXTS)
  } finally {
    await embedder.dispose()
  }
}
