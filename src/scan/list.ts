import fg from 'fast-glob'
import { globFileSystem } from './glob-fs.js'
import type { LinkFinder } from './links.js'
import { nameProblem } from './names.js'
import { ALWAYS_EXCLUDED } from './patterns.js'

export interface ListedFile {
  /** Relative to root, '/'-separated, spelled as in names.ts; not necessarily normalised. */
  path: string
  /** A symbolic link (never followed, never read). */
  symlink: boolean
}

/** A folder the globs reach into that was not read; its files are neither listed nor read. */
export interface UnreadFolder {
  /** Relative to root, '/'-separated, spelled as in names.ts. */
  path: string
  /** A symbolic link on the way, a name an index cannot hold, or an error reading it. */
  reason: 'symlink' | 'unsafe-name' | 'unreadable'
  /** The error code readdir failed with. */
  detail?: string
}

export interface Listing {
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
  const entries = await fg([...include], {
    cwd: root,
    dot: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED, ...exclude],
    fs
  })
  const files = entries
    .filter(entry => entry.dirent.isFile() || entry.dirent.isSymbolicLink())
    .map(entry => ({ path: entry.path, symlink: entry.dirent.isSymbolicLink() }))
  return { files, unread }
}
