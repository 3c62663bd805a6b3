import { join } from 'node:path'
import type { Timings } from '../core/index.js'
import { IndexError } from './errors.js'
import { IndexStream, readIndexHead } from './index-stream.js'
import { VECTORS_FILE, type LoadedIndex, type Manifest } from './format.js'
import { readIndex } from './read.js'
import { unitNormProblem } from './rules.js'

type Verification = { ok: true; chunks: number; files: number } | { ok: false; reason: string }

/**
 * readIndex, and every vector a unit vector; throws IndexError otherwise. `timings` gets readIndex's
 * phases and the norms' check; `onManifest` as readIndex.
 */
export async function readVerifiedIndex(
  dir: string,
  timings?: Timings,
  onManifest?: (manifest: Manifest) => void
): Promise<LoadedIndex> {
  const index = await readIndex(dir, timings, onManifest)
  const started = performance.now()
  const problem = unitNormProblem(index.vectors, index.manifest.model.dimension)
  if (problem !== null) throw new IndexError(`${join(dir, VECTORS_FILE)}: ${problem}`)
  timings?.since('unit norms', started)
  return index
}

/**
 * Checks everything readVerifiedIndex checks, streaming the index one file entry at a time
 * (./index-stream.ts): memory stays bounded at any index size.
 */
export async function verifyIndex(dir: string): Promise<Verification> {
  try {
    const head = await readIndexHead(dir)
    await IndexStream.checkAll(head)
    return { ok: true, chunks: head.manifest.counts.chunks, files: head.manifest.files.length }
  } catch (error) {
    if (error instanceof IndexError) return { ok: false, reason: error.message }
    throw error
  }
}
