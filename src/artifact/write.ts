/**
 * Writes an index atomically. All files go to a staging folder inside OUT and are fsynced; then
 * the old manifest.json is removed, the data files are moved into place and the new manifest.json
 * is moved in last. The manifest is the commit point, so a run that dies at any moment leaves
 * either a complete index (old or new) or a folder without manifest.json, which holds no index.
 * One writer per folder at a time: staging folders left by earlier runs are removed.
 */
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { sha256Hex } from '../util/digest.js'
import { errorMessage } from '../util/errors.js'
import { syncDir, writeFileDurably } from '../util/durable.js'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  STATS_FILE,
  VECTORS_FILE,
  type IndexData,
  type Manifest
} from './format.js'
import { encodeNpy } from './npy.js'
import { checkContents, unitNormProblem } from './rules.js'
import { parseChunkRow, parseManifest } from './shape.js'

const STAGING_PREFIX = '.embed-index-staging-'

interface Artifact {
  manifest: Manifest
  manifestBytes: Buffer
  dataFiles: [name: string, bytes: Buffer][]
}

/** Returns the manifest as written (with counts and checksums). */
export async function writeIndex(outDir: string, index: IndexData): Promise<Manifest> {
  const artifact = buildArtifact(outDir, index)
  try {
    await commit(outDir, artifact)
  } catch (error) {
    throw new IndexError(`cannot write index to ${outDir}: ${errorMessage(error)}`, {
      cause: error
    })
  }
  return artifact.manifest
}

/** Checks the index by the same rules readIndex applies and serialises it canonically. */
function buildArtifact(outDir: string, { manifest, rows, vectors }: IndexData): Artifact {
  const label = (file: string): string => `${file} for ${outDir}`
  const checkedRows = rows.map((row, i) =>
    parseChunkRow(row, manifest.store_text, label(CHUNKS_FILE), `row ${i}`)
  )
  checkContents(manifest, checkedRows, vectors.length, label)
  const dimension = manifest.model.dimension
  const normProblem = unitNormProblem(vectors, dimension)
  if (normProblem !== null) throw new IndexError(`${label(VECTORS_FILE)}: ${normProblem}`)

  const chunks = Buffer.from(checkedRows.map(row => JSON.stringify(row) + '\n').join(''))
  const npy = encodeNpy({ rows: checkedRows.length, cols: dimension, data: vectors })
  const written = parseManifest(
    {
      ...manifest,
      counts: {
        files: manifest.files.length,
        chunks: rows.length,
        skipped: manifest.skipped.length
      },
      checksums: { [CHUNKS_FILE]: sha256Hex(chunks), [VECTORS_FILE]: sha256Hex(npy) }
    },
    label(MANIFEST_FILE)
  )
  return {
    manifest: written,
    manifestBytes: Buffer.from(JSON.stringify(written, null, 2) + '\n'),
    dataFiles: [
      [CHUNKS_FILE, chunks],
      [VECTORS_FILE, npy]
    ]
  }
}

async function commit(outDir: string, { manifestBytes, dataFiles }: Artifact): Promise<void> {
  await mkdir(outDir, { recursive: true })
  for (const entry of await readdir(outDir)) {
    if (entry.startsWith(STAGING_PREFIX))
      await rm(join(outDir, entry), { recursive: true, force: true })
  }
  const staging = await mkdtemp(join(outDir, STAGING_PREFIX))
  try {
    for (const [name, bytes] of dataFiles) await writeFileDurably(join(staging, name), bytes)
    await writeFileDurably(join(staging, MANIFEST_FILE), manifestBytes)
    // The old manifest goes first (with the old index's run stats): from here until the new
    // manifest lands, the folder holds no index rather than a mix of old and new files.
    await rm(join(outDir, MANIFEST_FILE), { force: true })
    await rm(join(outDir, STATS_FILE), { force: true })
    await syncDir(outDir)
    for (const [name] of dataFiles) await rename(join(staging, name), join(outDir, name))
    await syncDir(outDir)
    await rename(join(staging, MANIFEST_FILE), join(outDir, MANIFEST_FILE))
    await syncDir(outDir)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
