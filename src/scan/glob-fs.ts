import type { FileSystemAdapter } from 'fast-glob'
import { lstat, readdir, stat, type Dirent } from 'node:fs'

// fast-glob matches paths with regular expressions whose '.' matches no line terminator, so it
// would neither list nor descend into a name holding one. It is shown each terminator as NUL and
// a letter instead: NUL cannot occur in a file name, so the spelling is unambiguous, and every
// path fast-glob hands back (to the file system, or as a result) is spelled back.
const TERMINATOR_LETTERS: Record<string, string> = {
  '\n': 'n',
  '\r': 'r',
  '\u2028': 'l',
  '\u2029': 'p'
}
const TERMINATORS = /[\n\r\u2028\u2029]/g
const LETTERS = Object.fromEntries(Object.entries(TERMINATOR_LETTERS).map(([t, l]) => [l, t]))

function escapeName(name: string): string {
  return name.replace(TERMINATORS, terminator => `\0${TERMINATOR_LETTERS[terminator]}`)
}

/** A path as fast-glob spells it, back to the real one. */
export function unescapePath(path: string): string {
  return path.replace(/\0([nrlp])/g, (_, letter: string) => LETTERS[letter])
}

/**
 * File system methods for fast-glob's `fs` option that spell line terminators in names as
 * described above. `onReaddirError`, when given, sees each folder (real path) that could not be
 * read, other than one gone since it was listed; when it returns true the folder lists as empty,
 * else the error stands (and fails the listing unless fast-glob is told to suppress errors).
 */
export function globFileSystem(
  onReaddirError?: (folder: string, error: NodeJS.ErrnoException) => boolean
): Partial<FileSystemAdapter> {
  const readFolder = (
    folder: string,
    options: { withFileTypes: true },
    callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void
  ) => {
    const real = unescapePath(folder)
    readdir(real, options, (error, entries) => {
      if (error !== null && error.code !== 'ENOENT' && onReaddirError?.(real, error) === true) {
        callback(null, [])
        return
      }
      for (const entry of entries ?? []) entry.name = escapeName(entry.name)
      callback(error, entries)
    })
  }
  return {
    // fast-glob reads folders only with file types (see @nodelib/fs.scandir), so only that
    // overload of readdir is implemented; its Dirent type is a structural copy of Node's.
    readdir: readFolder as unknown as FileSystemAdapter['readdir'],
    lstat: (path, callback) => lstat(unescapePath(path), callback),
    stat: (path, callback) => stat(unescapePath(path), callback)
  }
}
