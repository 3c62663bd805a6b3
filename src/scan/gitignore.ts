import fg from 'fast-glob'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import ignore from 'ignore'
import { globFileSystem, unescapePath } from './glob-fs.js'
import { ALWAYS_EXCLUDED } from './patterns.js'

/** Whether a '/'-separated path relative to root (a file's, or a folder's) is ignored. */
export type IgnoredPath = (path: string, isFolder: boolean) => boolean

/**
 * The rules of every .gitignore file under root (a symlinked .gitignore is not read, as git does
 * not), applied as git applies them: a file's own folder's rules override its parents', a
 * negation can re-include a path, but nothing inside an ignored folder can be re-included.
 * An unreadable .gitignore counts as empty.
 */
export async function loadGitignore(root: string): Promise<IgnoredPath> {
  const found = await fg('**/.gitignore', {
    cwd: root,
    dot: true,
    followSymbolicLinks: false,
    ignore: [...ALWAYS_EXCLUDED],
    suppressErrors: true,
    fs: globFileSystem()
  })
  const rules = new Map<string, ignore.Ignore>()
  await Promise.all(
    found.map(unescapePath).map(async file => {
      const text = await readFile(path.join(root, file), 'utf8').catch(() => '')
      const folder = path.posix.dirname(file)
      rules.set(folder === '.' ? '' : folder, ignore().add(text))
    })
  )

  const folderIgnored = new Map<string, boolean>()
  // Only this path's own entry, given that no folder above it is ignored.
  const matches = (target: string, isFolder: boolean): boolean => {
    let ignored = false
    const segments = target.split('/')
    for (let depth = 0; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth).join('/')
      const folderRules = rules.get(folder)
      if (folderRules === undefined) continue
      const relative = segments.slice(depth).join('/') + (isFolder ? '/' : '')
      const result = folderRules.test(relative)
      if (result.ignored) ignored = true
      else if (result.unignored) ignored = false
    }
    return ignored
  }
  const isFolderIgnored = (folder: string): boolean => {
    let ignored = folderIgnored.get(folder)
    if (ignored === undefined) {
      const slash = folder.lastIndexOf('/')
      ignored = (slash > 0 && isFolderIgnored(folder.slice(0, slash))) || matches(folder, true)
      folderIgnored.set(folder, ignored)
    }
    return ignored
  }
  return (target, isFolder) => {
    const slash = target.lastIndexOf('/')
    if (slash > 0 && isFolderIgnored(target.slice(0, slash))) return true
    return isFolder ? isFolderIgnored(target) : matches(target, false)
  }
}
