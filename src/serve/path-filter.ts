import { compileGlob } from './glob.js'

/**
 * Whether an index path matches a glob, as `include` globs read: `**` crosses folders, dot files
 * match, and a glob without a slash matches the file name in any folder (`*.ts`). Throws for a
 * malformed glob, naming what is wrong.
 */
export function pathMatcher(glob: string): (path: string) => boolean {
  if (glob.trim() === '') throw new Error('the path glob is empty')
  const matches = compileGlob(glob)
  if (glob.includes('/')) return matches
  return path => matches(path.slice(path.lastIndexOf('/') + 1))
}
