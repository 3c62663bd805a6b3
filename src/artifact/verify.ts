import { join } from 'node:path'
import { IndexError } from './errors.js'
import { VECTORS_FILE, type LoadedIndex } from './format.js'
import { readIndex } from './read.js'
import { unitNormProblem } from './rules.js'

type Verification = { ok: true; chunks: number; files: number } | { ok: false; reason: string }

/** readIndex, and every vector a unit vector; throws IndexError otherwise. */
export async function readVerifiedIndex(dir: string): Promise<LoadedIndex> {
  const index = await readIndex(dir)
  const problem = unitNormProblem(index.vectors, index.manifest.model.dimension)
  if (problem !== null) throw new IndexError(`${join(dir, VECTORS_FILE)}: ${problem}`)
  return index
}

export async function verifyIndex(dir: string): Promise<Verification> {
  try {
    const index = await readVerifiedIndex(dir)
    return { ok: true, chunks: index.rows.length, files: index.manifest.files.length }
  } catch (error) {
    if (error instanceof IndexError) return { ok: false, reason: error.message }
    throw error
  }
}
