import { lstat, mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { errorCode } from './errors.js'

/**
 * Makes `dir` and the folders above it that are missing, one mkdir each from the nearest existing
 * one, so every failure is reported at once (fs.mkdir's recursive mode loops forever where a
 * folder can never be made, as under /proc). Returns the first folder made, if any.
 */
export async function makeFolders(dir: string): Promise<string | undefined> {
  const missing: string[] = []
  let at = path.resolve(dir)
  for (;;) {
    const exists = await lstat(at).then(
      stats => stats,
      (error: unknown) => {
        if (errorCode(error) !== 'ENOENT') throw error
        return undefined
      }
    )
    if (exists !== undefined) break
    missing.unshift(at)
    const parent = path.dirname(at)
    if (parent === at) break
    at = parent
  }
  for (const folder of missing) await mkdir(folder)
  return missing[0]
}

/**
 * The real path `target` has or would have: symbolic links resolved in its nearest existing
 * ancestor, the missing rest appended as it is.
 */
export async function realPathOf(target: string): Promise<string> {
  let at = path.resolve(target)
  const rest: string[] = []
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest)
    } catch (error) {
      const parent = path.dirname(at)
      if (!['ENOENT', 'ENOTDIR'].includes(errorCode(error)) || parent === at) throw error
      rest.unshift(path.basename(at))
      at = parent
    }
  }
}

/** Whether `inner` is `outer` or lies below it (absolute paths, compared by whole segments). */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner)
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  )
}
