import { readFile } from 'node:fs/promises'
import path from 'node:path'
import ignore from 'ignore'
import { comparePaths } from '../core/index.js'
import type { LinkFinder } from './links.js'
import { listFiles } from './list.js'
import { textPath } from './names.js'

/** Whether a '/'-separated path relative to root (a file's, or a folder's) is ignored. */
type IgnoredPath = (path: string, isFolder: boolean) => boolean

/**
 * The rules of every .gitignore file under root (a real path) applied as git on Linux applies
 * them: case-sensitive, a deeper file's rules override its parents', the last matching rule wins,
 * a negation can re-include a path, but nothing inside an ignored folder can be re-included.
 * Like git, neither a symbolic link named .gitignore nor a folder reached through a link is read
 * (the listing's rules); an unreadable .gitignore counts as empty. Paths are tested as text (see
 * names.ts).
 */
export async function loadGitignore(root: string, links: LinkFinder): Promise<IgnoredPath> {
  const { files } = await listFiles(root, ['**/.gitignore'], [], links)
  const found = await Promise.all(
    files
      .filter(file => !file.symlink)
      .map(async file => ({
        folder: textPath(file.path).slice(0, -'.gitignore'.length),
        text: await readFile(path.join(root, textPath(file.path)), 'utf8').catch(() => '')
      }))
  )
  // One list of rules, each rooted at its file's folder, parents' files before their children's:
  // then "the last matching rule wins" is git's precedence, and the package's own rule that an
  // ignored folder's contents stay ignored applies across files.
  const rules = ignore({ ignorecase: false })
  for (const { folder, text } of found.sort((a, b) => comparePaths(a.folder, b.folder))) {
    rules.add(text.split(/\r?\n/).flatMap(line => rooted(line, folder)))
  }
  return (target, isFolder) => rules.ignores(isFolder ? `${target}/` : target)
}

/**
 * A .gitignore line of the file in `folder` ('' for root, else ending in '/') as a rule of root's:
 * a pattern with a slash before its end is relative to the folder, one without matches at any
 * depth below it. Comments and blank lines are no rules.
 */
function rooted(line: string, folder: string): string[] {
  if (line.startsWith('#') || line.trim() === '') return []
  if (folder === '') return [line]
  const negated = line.startsWith('!')
  const pattern = negated ? line.slice(1) : line
  const anchored = pattern.trimEnd().replace(/\/$/, '').includes('/')
  const rest = anchored ? pattern.replace(/^\//, '') : `**/${pattern}`
  return [`${negated ? '!' : ''}${escapeGlob(folder)}${rest}`]
}

/** A folder path as a literal pattern: glob characters and a leading '#' or '!' escaped. */
function escapeGlob(folder: string): string {
  return folder.replace(/[\\*?[]/g, '\\$&').replace(/^[#!]/, '\\$&')
}
