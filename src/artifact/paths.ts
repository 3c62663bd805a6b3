/**
 * Why a path may not appear in an index, or null when it may. Indexes can come from a cache or
 * from another job, so a path must never be able to point outside the repository once joined to
 * its root, nor have two spellings (which would defeat duplicate and overlap checks).
 */
export function pathProblem(path: string): string | null {
  if (path === '') return 'is empty'
  if (path.includes('\0')) return 'contains NUL'
  if (path.includes('\\')) return 'contains a backslash'
  if (path.startsWith('/')) return 'is absolute'
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter'
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
