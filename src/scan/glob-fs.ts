import type { FileSystemAdapter } from 'fast-glob'
import { lstat, readdir, stat, type Dirent } from 'node:fs'
import path from 'node:path'
import { spellName, textPath } from './names.js'

interface FolderHooks {
  /**
   * Whether to read a folder under root (its path relative to root, '/'-separated, spelled as in
   * names.ts) that fast-glob is about to read; root itself is always read.
   */
  enter: (folder: string) => Promise<boolean>
  /**
   * Sees a folder (as for enter) that could not be read, other than one gone since it was listed;
   * when it returns true the folder lists as empty, else the error stands (and fails the listing
   * unless fast-glob is told to suppress errors).
   */
  onError?: (folder: string, error: NodeJS.ErrnoException) => boolean
}

/**
 * File system methods for fast-glob's `fs` option, confined to root (a real path): a folder
 * outside it lists as empty (a glob such as '../x/*' lists nothing), a folder under it is read
 * only when `hooks.enter` says so, and names are spelled as in names.ts.
 */
export function globFileSystem(root: string, hooks: FolderHooks): Partial<FileSystemAdapter> {
  const readFolder = (
    folder: string,
    options: { withFileTypes: true },
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void
  ) => {
    const relative = path.relative(root, folder).split(path.sep).join('/')
    const outside = relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)
    const entered = outside ? Promise.resolve(false) : relative === '' || hooks.enter(relative)
    void Promise.resolve(entered).then(
      enter => (enter ? list(folder, relative, options, callback) : callback(null, [])),
      (error: NodeJS.ErrnoException) => failed(relative, error, callback)
    )
  }
  const list = (
    folder: string,
    relative: string,
    options: { withFileTypes: true },
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void
  ) => {
    readdir(textPath(folder), { ...options, encoding: 'buffer' }, (error, entries) => {
      if (error !== null) return failed(relative, error, callback)
      // fast-glob reads the name only; it is set to its spelling.
      const spelled = entries.map(entry => Object.assign(entry, { name: spellName(entry.name) }))
      callback(null, spelled as unknown as Dirent[])
    })
  }
  const failed = (
    relative: string,
    error: NodeJS.ErrnoException,
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void
  ) => {
    if (error.code === 'ENOTDIR') return callback(missing(error), [])
    // Root itself must be readable: the listing fails rather than report an empty tree.
    const listsEmpty =
      error.code !== 'ENOENT' && relative !== '' && hooks.onError?.(relative, error)
    callback(listsEmpty === true ? null : error, [])
  }
  return {
    // fast-glob reads folders only with file types (see @nodelib/fs.scandir), so only that
    // overload of readdir is implemented; its Dirent type is a structural copy of Node's.
    readdir: readFolder as unknown as FileSystemAdapter['readdir'],
    lstat: (file, callback) =>
      lstat(textPath(file), (error, stats) => callback(missing(error), stats)),
    stat: (file, callback) =>
      stat(textPath(file), (error, stats) => callback(missing(error), stats))
  }
}

/**
 * A path through a file (a glob such as 'a/b' where a is a file) names nothing: ENOTDIR is told
 * to fast-glob as ENOENT, which it passes over, instead of failing the listing.
 */
function missing(error: NodeJS.ErrnoException | null): NodeJS.ErrnoException | null {
  if (error?.code !== 'ENOTDIR') return error
  return Object.assign(new Error(error.message, { cause: error }), { code: 'ENOENT' })
}
