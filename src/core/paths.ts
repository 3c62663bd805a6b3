/**
 * Why a path may not appear in an index, or null when it may. Indexes can come from a cache or
 * from another job, so a path must never be able to point outside the repository once joined to
 * its root, nor have two spellings (which would defeat duplicate and overlap checks).
 */
export function pathProblem(path: string): string | null {
  if (path.includes('\\')) return 'contains a backslash'
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter'
  return skippedPathProblem(path)
}

/**
 * Why a path may not appear in an index's list of skipped files, or null when it may. Nothing
 * ever opens a skipped path, so a name no index can hold (a backslash, a drive-letter prefix) is
 * listed there as the scan shows it; one path still has one spelling.
 */
export function skippedPathProblem(path: string): string | null {
  if (path === '') return 'is empty'
  if (path.includes('\0')) return 'contains NUL'
  if (path.startsWith('/')) return 'is absolute'
  for (const segment of path.split('/')) {
    if (segment === '') return 'has an empty segment'
    if (segment === '.' || segment === '..') return `has a '${segment}' segment`
  }
  return null
}

/** Code-unit order, the canonical order of paths in an index. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
