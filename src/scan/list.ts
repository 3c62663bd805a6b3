import fg from 'fast-glob'
import { globFileSystem } from './glob-fs.js'
import type { LinkFinder } from './links.js'
import { nameProblem } from './names.js'
import { ALWAYS_EXCLUDED } from './patterns.js'
import type { SkipReason } from '../core/index.js'

export interface ListedFile {
  /** Relative to root, '/'-separated, spelled as in names.ts; not necessarily normalised. */
  path: string
  /** A symbolic link (never followed, never read). */
  symlink: boolean
}

/** A folder the globs reach into that was not read; its files are neither listed nor read. */
interface UnreadFolder {
  /** Relative to root, '/'-separated, spelled as in names.ts. */
  path: string
  /** A symbolic link on the way, a name an index cannot hold, or an error reading it. */
  reason: Extract<SkipReason, 'symlink' | 'unsafe-name' | 'unreadable'>
  /** The error code readdir failed with. */
  detail?: string
}

interface Listing {
  files: ListedFile[]
  unread: UnreadFolder[]
}

/**
 * The files and symbolic links under root (a real path) that the include globs match and the
 * exclude globs do not. Symbolic links are listed, not followed: a folder reached through one is
 * not read (whether fast-glob came to it by walking or from a glob's leading folders), nor is one
 * with a name an index cannot hold, nor anything outside root. A folder that cannot be read is
 * reported instead of failing the listing; root itself must be readable.
 */
export async function listFiles(
  root: string,
  include: readonly string[],
  exclude: readonly string[],
  links: LinkFinder
): Promise<Listing> {
  const unread: UnreadFolder[] = []
  const fs = globFileSystem(root, {
    enter: async folder => {
      if (nameProblem(folder) !== null) {
        unread.push({ path: folder, reason: 'unsafe-name' })
        return false
      }
      const link = await links.linkOn(folder)
      if (link !== null) unread.push({ path: link, reason: 'symlink' })
      return link === null
    },
    onError: (folder, error) => {
      unread.push({ path: folder, reason: 'unreadable', detail: error.code ?? 'unknown' })
      return true
    }
  })
  const options = {
    cwd: root,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED, ...exclude],
    fs
  }
  const entries = await fg([...include], { ...options, objectMode: true })
  const files = entries
    .filter(entry => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
    .map(entry => ({ path: entry.path, symlink: entry.dirent.isSymbolicLink() }))
  // fast-glob reads a glob's leading folders ('docs' of 'docs/**') whatever the exclude globs
  // say, so it is asked again about such a folder's own path, which it then filters as any entry.
  // A folder with an unsafe name is kept as it is: it was met by walking, and fast-glob does not
  // walk into an excluded folder.
  const asked = unread.filter(folder => folder.reason !== 'unsafe-name')
  const kept = new Set(
    await fg(
      asked.map(folder => fg.escapePath(folder.path)),
      options
    )
  )
  return {
    files,
    unread: unread.filter(folder => folder.reason === 'unsafe-name' || kept.has(folder.path))
  }
}
