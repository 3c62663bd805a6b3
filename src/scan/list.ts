import fg from 'fast-glob'
import path from 'node:path'
import { globFileSystem, unescapePath } from './glob-fs.js'
import { ALWAYS_EXCLUDED } from './patterns.js'

export interface ListedFile {
  /** Relative to root, '/'-separated. */
  path: string
  /** A symbolic link, to be resolved (and checked to stay inside root) before reading. */
  symlink: boolean
}

export interface UnlistableFolder {
  /** Relative to root, '/'-separated. */
  path: string
  /** The error code readdir failed with. */
  code: string
}

export interface Listing {
  files: ListedFile[]
  unlistable: UnlistableFolder[]
}

/**
 * The files and symbolic links under root that the include globs match and the exclude globs do
 * not, without following symbolic links to folders (no loops, no leaving root). A folder that
 * cannot be read is reported instead of failing the listing; root itself must be readable.
 */
export async function listFiles(
  root: string,
  include: readonly string[],
  exclude: readonly string[]
): Promise<Listing> {
  const unlistable: UnlistableFolder[] = []
  const fs = globFileSystem((folder, error) => {
    const relative = path.relative(root, folder).split(path.sep).join('/')
    // Root itself must be readable: fail the listing rather than report an empty tree.
    if (relative === '') return false
    unlistable.push({ path: relative, code: error.code ?? 'unknown' })
    return true
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
    .map(entry => ({ path: unescapePath(entry.path), symlink: entry.dirent.isSymbolicLink() }))
  return { files, unlistable }
}
