/** File-system steps that survive a crash or power loss once they return. */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** `bytes` may come as pieces: a file larger than one buffer holds. */
export async function writeFileDurably(
  file: string,
  bytes: Uint8Array | string | Iterable<Uint8Array>
): Promise<void> {
  const handle = await open(file, 'w')
  try {
    // writeFile on a handle writes from where the last write stopped: the pieces follow each other.
    const pieces = typeof bytes === 'string' || bytes instanceof Uint8Array ? [bytes] : bytes
    for (const piece of pieces) await handle.writeFile(piece)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes the creations, renames and removals of entries in `dir` durable. */
export async function syncDir(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the renames itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Replaces `target` as one step: `write` fills a fresh name beside it, which is then renamed onto
 * `target`. Readers see the old file or the whole new one, never a part; the temporary name is
 * removed whatever fails.
 */
export async function replaceViaTemp(
  target: string,
  write: (temp: string) => Promise<void>
): Promise<void> {
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    await write(temp)
    await rename(temp, target)
  } finally {
    await rm(temp, { force: true })
  }
}

/** writeFileDurably, through replaceViaTemp. */
export function writeFileAtomically(target: string, bytes: Uint8Array | string): Promise<void> {
  return replaceViaTemp(target, temp => writeFileDurably(temp, bytes))
}
