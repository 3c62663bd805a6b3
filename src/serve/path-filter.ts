import picomatch from 'picomatch'

/**
 * Whether an index path matches a glob, as `include` globs read: `**` crosses folders, dot files
 * match, and a glob without a slash matches the file name in any folder (`*.ts`).
 */
export function pathMatcher(glob: string): (path: string) => boolean {
  if (glob.trim() === '') throw new Error('the path glob is empty')
  return picomatch(glob, { dot: true, basename: !glob.includes('/') })
}
