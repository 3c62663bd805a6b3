import { close, fstat, open, read } from 'node:fs'
import { promisify } from 'node:util'
import { looksBinary } from './binary.js'
import type { ScannedFile, SkippedFile } from '../core/index.js'
import { gitBlobId, sha256Hex } from '../util/index.js'
import { errorCode } from '../util/index.js'
import { REGULAR_FILE_FLAGS } from '../util/index.js'

/** Why a file is not indexed, without its path (the caller knows it). */
export type Skip = Omit<SkippedFile, 'path'>

// Plain descriptors: FileHandle costs about twice as much per file, which shows over 100k files.
const openFile = promisify(open)
const statFile = promisify(fstat)
const readFile = promisify(read)
const closeFile = promisify(close)

/**
 * Reads a file (an absolute path with no symbolic links) and decides whether it can be indexed,
 * never throwing for the file's own problems: too large (by stat, then by what was read, as it may
 * have grown), empty, binary or unreadable.
 */
export async function readFileContent(
  file: string,
  maxFileBytes: number
): Promise<Omit<ScannedFile, 'path'> | Skip> {
  let fd: number
  try {
    // A path that became a link or a FIFO since it was listed is refused, not followed or waited on.
    fd = await openFile(file, REGULAR_FILE_FLAGS)
  } catch (error) {
    return failedRead(error)
  }
  let bytes: Buffer
  try {
    const stats = await statFile(fd)
    if (stats.isDirectory()) return { reason: 'unreadable', detail: 'EISDIR' }
    if (!stats.isFile()) return { reason: 'unreadable', detail: 'not a regular file' }
    if (stats.size > maxFileBytes) return { reason: 'too-large', detail: `${stats.size} bytes` }
    bytes = await readAtMost(fd, maxFileBytes + 1, stats.size)
  } catch (error) {
    return unreadable(error)
  } finally {
    await closeFile(fd)
  }
  if (bytes.length > maxFileBytes) {
    return { reason: 'too-large', detail: `over ${maxFileBytes} bytes` }
  }
  if (bytes.length === 0) return { reason: 'empty' }
  if (looksBinary(bytes)) return { reason: 'binary' }
  const content = new TextDecoder('utf-8').decode(bytes)
  if (/^\s*$/.test(content)) return { reason: 'empty' }
  return {
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    gitBlob: gitBlobId(bytes),
    content
  }
}

/** Up to `limit` bytes from the start of the file, reading past the expected size if it grew. */
async function readAtMost(fd: number, limit: number, expected: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(limit, expected + 1))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break
      const grown = Buffer.allocUnsafe(Math.min(limit, 2 * length))
      buffer.copy(grown)
      buffer = grown
    }
    const { bytesRead } = await readFile(fd, buffer, length, buffer.length - length, length)
    if (bytesRead === 0) break
    length += bytesRead
  }
  return buffer.subarray(0, length)
}

/** Why a file that could not be looked at is skipped: gone since it was listed, or unreadable. */
export function failedRead(error: unknown): Skip {
  return errorCode(error) === 'ENOENT' ? { reason: 'vanished' } : unreadable(error)
}

function unreadable(error: unknown): Skip {
  return { reason: 'unreadable', detail: errorCode(error) }
}
