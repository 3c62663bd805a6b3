/**
 * Writes an index into a folder so that, once the folder held an index, it holds a whole one at
 * every instant: the old one until the new one is complete in place (see format.ts for the
 * protocol, and ./read.ts for how readers follow it). One writer per folder at a time. A folder
 * that holds anything else than an index is refused, never overwritten.
 */
import { createHash } from 'node:crypto'
import { copyFile, link, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { syncDir, writeFileDurably } from '../util/index.js'
import { errorCode, errorMessage } from '../util/index.js'
import { makeFolders } from '../util/index.js'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  MANIFEST_FILE,
  NEXT_DIR,
  PREV_DIR,
  STATS_FILE,
  TOOL_NAME,
  VECTORS_FILE,
  type ChunkRow,
  type IndexData,
  type Manifest
} from './format.js'
import { npyParts } from './npy.js'
import { PIECE_BYTES } from './part-stream.js'
import { readIndexFiles } from './read.js'
import { checkContents, unitNormProblem } from './rules.js'
import { parseChunkRow, parseManifest } from './shape.js'

/** The files of an index, the manifest last: the order in which they are swapped in. */
const INDEX_FILES = [CHUNKS_FILE, VECTORS_FILE, MANIFEST_FILE]

/**
 * Names a writer leaves only when killed: its own scratch entries (the swap folders, the
 * writability probe, the staging folders of format 1) and atomic-write temporaries of stats.json.
 */
const LEFTOVER = /^\.embed-index-|^\.stats\.json\..*\.tmp$/

interface Artifact {
  manifest: Manifest
  manifestBytes: Buffer
  dataFiles: [name: string, pieces: Uint8Array[]][]
}

/** One step of a write; a writer killed between two steps leaves the folder as the steps made it. */
interface WriteStep {
  name: string
  run(): Promise<void>
}

/** Returns the manifest as written (with counts and checksums). */
export async function writeIndex(outDir: string, index: IndexData): Promise<Manifest> {
  const { manifest, steps } = planIndexWrite(outDir, index)
  await runSteps(outDir, steps)
  return manifest
}

/**
 * Writes the index that `stage` writes into the staging folder it is given (the data files, then
 * manifest.json of the manifest it returns, as manifestBytes), swapped in as writeIndex swaps: for
 * an index too large to hold in memory. An IndexError from `stage` leaves the folder as it was.
 */
export async function writeStagedIndex(
  outDir: string,
  stage: (next: string) => Promise<Manifest>
): Promise<Manifest> {
  let manifest: Manifest | undefined
  await runSteps(
    outDir,
    swapSteps(outDir, async next => {
      manifest = await stage(next)
    })
  )
  return manifest as Manifest
}

async function runSteps(outDir: string, steps: WriteStep[]): Promise<void> {
  await checkIndexFolder(outDir)
  try {
    await makeFolders(outDir)
    for (const step of steps) await step.run()
  } catch (error) {
    if (error instanceof IndexError) throw error
    throw new IndexError(`cannot write index to ${outDir}: ${errorMessage(error)}`, {
      cause: error
    })
  }
}

/**
 * The manifest to write and the steps that write it, in order. Only writeIndex and the test that
 * kills a writer between every two steps run them.
 */
export function planIndexWrite(
  outDir: string,
  index: IndexData
): { manifest: Manifest; steps: WriteStep[] } {
  const artifact = buildArtifact(outDir, index)
  const files = new Map([...artifact.dataFiles, [MANIFEST_FILE, [artifact.manifestBytes]] as const])
  return {
    manifest: artifact.manifest,
    steps: swapSteps(outDir, async next => {
      for (const [name, pieces] of files) await writeFileDurably(join(next, name), pieces)
    })
  }
}

/** The manifest's bytes, as written. */
export function manifestBytes(manifest: Manifest): Buffer {
  return Buffer.from(JSON.stringify(manifest, null, 2) + '\n')
}

/** The steps of a write whose `stage` fills the (new) staging folder with the whole index. */
function swapSteps(outDir: string, stage: (next: string) => Promise<void>): WriteStep[] {
  const next = join(outDir, NEXT_DIR)
  return [
    { name: 'finish an interrupted write', run: () => finishInterrupted(outDir) },
    {
      name: `stage the new index in ${NEXT_DIR}`,
      run: async () => {
        await mkdir(next)
        try {
          await stage(next)
        } catch (error) {
          await rm(next, { recursive: true, force: true })
          throw error
        }
        await syncDir(next)
      }
    },
    { name: `keep the old index in ${PREV_DIR}`, run: () => keepOldIndex(outDir) },
    {
      name: `drop the old ${STATS_FILE}`,
      run: () => rm(join(outDir, STATS_FILE), { force: true })
    },
    ...INDEX_FILES.map(name => ({
      name: `move the new ${name} in`,
      run: async () => {
        await rename(join(next, name), join(outDir, name))
        if (name === MANIFEST_FILE) await syncDir(outDir)
      }
    })),
    {
      name: `drop ${PREV_DIR} and ${NEXT_DIR}`,
      run: async () => {
        await rm(join(outDir, PREV_DIR), { recursive: true, force: true })
        await rm(next, { recursive: true, force: true })
        await syncDir(outDir)
      }
    }
  ]
}

/**
 * Refuses a folder the index must not be written into: a symbolic link, something other than a
 * folder, or a folder holding anything but an embed-index index (and a killed writer's leftovers),
 * so that a mistaken output setting never overwrites a project's own files.
 */
export async function checkIndexFolder(dir: string): Promise<void> {
  const stats = await lstat(dir).catch((error: unknown) => {
    // Not there (or a file above it: then making the folder fails, naming the error).
    if (['ENOENT', 'ENOTDIR'].includes(errorCode(error))) return undefined
    throw new IndexError(`output folder ${dir} cannot be read (${errorCode(error)})`, {
      cause: error
    })
  })
  if (stats === undefined) return
  if (stats.isSymbolicLink()) {
    throw new IndexError(
      `output folder ${dir} is a symbolic link; the index is never written through one`
    )
  }
  if (!stats.isDirectory()) throw new IndexError(`output folder ${dir} is not a folder`)
  const foreign = (await readdir(dir)).filter(
    entry => !INDEX_FILES.includes(entry) && entry !== STATS_FILE && !LEFTOVER.test(entry)
  )
  if (foreign.length > 0 || !(await holdsOurManifest(dir))) {
    const shown =
      foreign.length > 0
        ? foreign
            .slice(0, 3)
            .map(e => JSON.stringify(e))
            .join(', ')
        : 'a manifest.json of something else'
    throw new IndexError(
      `output folder ${dir} holds files that are not an embed-index index (${shown}); ` +
        `write the index to an empty or new folder`
    )
  }
}

/** Whether the folder's manifest.json, if it has one, is an embed-index manifest (any format). */
async function holdsOurManifest(dir: string): Promise<boolean> {
  const path = join(dir, MANIFEST_FILE)
  let bytes: Buffer
  try {
    bytes = await readRegularFile(path)
  } catch (error) {
    return errorCode(error) === 'ENOENT'
  }
  try {
    const manifest = parseJson(bytes.toString('utf8'), path) as {
      format?: unknown
      tool?: { name?: unknown }
    }
    return (
      typeof manifest?.format === 'string' &&
      manifest.format.startsWith('embed-index/') &&
      manifest.tool?.name === TOOL_NAME
    )
  } catch {
    return false
  }
}

/**
 * Puts the folder back into the state "its own files are the index" after a killed writer: when
 * the old index kept in PREV_DIR is all there is (the swap stopped halfway), it is moved back in,
 * file by file and without ever losing it; leftovers of any kind are removed.
 */
async function finishInterrupted(outDir: string): Promise<void> {
  const prev = join(outDir, PREV_DIR)
  const interrupted = await lstat(prev).then(
    () => true,
    () => false
  )
  if (
    interrupted &&
    !(await readIndexFiles(outDir).then(
      () => true,
      () => false
    ))
  ) {
    for (const name of INDEX_FILES) {
      const restored = join(outDir, `${NEXT_DIR}-restore-${name}`)
      await rm(restored, { force: true })
      const kept = await linkOrCopy(join(prev, name), restored).then(
        () => true,
        (error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error
          return false
        }
      )
      if (kept) await rename(restored, join(outDir, name))
    }
    await syncDir(outDir)
  }
  for (const entry of await readdir(outDir)) {
    if (LEFTOVER.test(entry)) await rm(join(outDir, entry), { recursive: true, force: true })
  }
  await syncDir(outDir)
}

/** Hard links to the current index's files in PREV_DIR, when there is an index to keep. */
async function keepOldIndex(outDir: string): Promise<void> {
  const hasIndex = await lstat(join(outDir, MANIFEST_FILE)).then(
    () => true,
    () => false
  )
  if (!hasIndex) return
  const prev = join(outDir, PREV_DIR)
  await mkdir(prev)
  for (const name of INDEX_FILES) {
    await linkOrCopy(join(outDir, name), join(prev, name)).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error
    })
  }
  await syncDir(prev)
  await syncDir(outDir)
}

/** A hard link where the file system has them, else a copy. */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(async (error: unknown) => {
    if (errorCode(error) === 'ENOENT') throw error
    await copyFile(from, to)
  })
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

  const chunks = rowPieces(checkedRows)
  const npy = npyParts({ rows: checkedRows.length, cols: dimension, data: vectors })
  const written = parseManifest(
    {
      ...manifest,
      counts: {
        files: manifest.files.length,
        chunks: rows.length,
        skipped: manifest.skipped.length
      },
      checksums: { [CHUNKS_FILE]: sha256Of(chunks), [VECTORS_FILE]: sha256Of(npy) }
    },
    label(MANIFEST_FILE)
  )
  return {
    manifest: written,
    manifestBytes: manifestBytes(written),
    dataFiles: [
      [CHUNKS_FILE, chunks],
      [VECTORS_FILE, npy]
    ]
  }
}

/**
 * chunks.jsonl as pieces of about PIECE_BYTES: never one string, which V8 caps at 0x1fffffe8
 * characters (about a million rows with stored text).
 */
export function rowPieces(rows: readonly ChunkRow[]): Buffer[] {
  const pieces: Buffer[] = []
  let lines: string[] = []
  let length = 0
  for (const row of rows) {
    const line = JSON.stringify(row) + '\n'
    lines.push(line)
    length += line.length
    if (length >= PIECE_BYTES) {
      pieces.push(Buffer.from(lines.join('')))
      lines = []
      length = 0
    }
  }
  if (lines.length > 0) pieces.push(Buffer.from(lines.join('')))
  return pieces
}

function sha256Of(pieces: readonly Uint8Array[]): string {
  const hash = createHash('sha256')
  for (const piece of pieces) hash.update(piece)
  return hash.digest('hex')
}
