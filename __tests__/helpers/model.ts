import { randomBytes } from 'node:crypto'
import { access, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveModel, type ResolvedModel } from '../../src/embed/model-source.js'
import { generateModel } from '../../tools/fixture-model/generate.js'
import type { PresetName } from '../../tools/fixture-model/presets.js'
import type { WeightLayout } from '../../tools/fixture-model/bert-graph.js'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FIXTURES_DIR = path.join(REPO_ROOT, '.fixtures')

async function exists(folder: string): Promise<boolean> {
  return access(folder).then(
    () => true,
    () => false
  )
}

/**
 * Absolute path of a generated test model, `.fixtures/<preset>[-q8|-mmi]` under the repo root
 * (`-mmi`: the q8 file in transformers.js's MatMulInteger layout), made on first use. Jest workers may race here: each generates into its own folder and renames it into
 * place; a folder only ever appears complete, and whoever loses the rename uses the winner's.
 */
export async function fixtureModel(
  preset: PresetName,
  quantized = false,
  quantizedLayout: Exclude<WeightLayout, 'fp32'> = 'dynamic-quantize-matmul'
): Promise<string> {
  const suffix = !quantized ? '' : quantizedLayout === 'matmul-integer' ? '-mmi' : '-q8'
  const target = path.join(FIXTURES_DIR, `${preset}${suffix}`)
  if (await exists(target)) return target
  const own = `${target}.${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await generateModel({ preset, quantized, quantizedLayout, outDir: own })
    await rename(own, target)
  } catch (error) {
    // rename onto a non-empty folder fails (ENOTEMPTY/EEXIST): another worker finished first.
    if (!(await exists(target))) throw error
  } finally {
    await rm(own, { recursive: true, force: true })
  }
  return target
}

/** The `tiny` fixture model as a local folder resolved for loading (`cacheDir`: where a q8 rewrite would go). */
export async function tinyResolvedModel(
  dtype: 'fp32' | 'q8',
  cacheDir = ''
): Promise<ResolvedModel> {
  return resolveModel({
    id: 'tiny',
    revision: 'main',
    commit: null,
    path: await fixtureModel('tiny', dtype === 'q8'),
    dtype,
    hubUrl: '',
    cacheDir
  })
}
