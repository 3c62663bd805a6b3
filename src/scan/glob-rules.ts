import fg from 'fast-glob'
import { statSync } from 'node:fs'
import path from 'node:path'

/**
 * Why an include or exclude glob can never match a file under the root, or null when it can:
 * an absolute pattern or one climbing out with '..' (globs are relative to the root), or
 * unbalanced braces, brackets or parentheses (fast-glob takes those literally, so such a pattern
 * silently matches nothing).
 */
export function globProblem(pattern: string): string | null {
  if (/^(\/|\\|[A-Za-z]:)/.test(pattern)) return 'is absolute; globs are relative to the root'
  if (pattern.split('/').includes('..')) return "climbs out of the root with '..'"
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' }
  const open: string[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (c in pairs) open.push(pairs[c])
    else if (Object.values(pairs).includes(c) && open.pop() !== c) return `has an unmatched '${c}'`
  }
  return open.length > 0
    ? `has an unclosed '${Object.keys(pairs).find(k => pairs[k] === open[open.length - 1])}'`
    : null
}

/** A pattern without glob characters that names a folder under root stands for everything in it. */
export function expandFolderPattern(pattern: string, root: string): string {
  if (fg.isDynamicPattern(pattern)) return pattern
  try {
    return statSync(path.join(root, pattern)).isDirectory()
      ? `${pattern.replace(/\/+$/, '')}/**`
      : pattern
  } catch {
    return pattern
  }
}
