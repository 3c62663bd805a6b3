import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { textPath } from './names.js'

/**
 * Finds the symbolic link, if any, on the way from root (a real path) to a folder under it: one
 * lstat per folder, cached, so a tree of 100k files costs one call per folder, not per file. A
 * folder with no link on the way has exactly root + '/' + its path as its real path.
 */
export class LinkFinder {
  private readonly found = new Map<string, Promise<string | null>>()

  constructor(private readonly root: string) {}

  /**
   * The path of the first symbolic link among folder ('/'-separated, relative to root, spelled as
   * in names.ts; '' for root) and the folders above it, or null when there is none. Rejects with
   * lstat's error when a folder on the way cannot be looked at (ENOENT when it is gone).
   */
  linkOn(folder: string): Promise<string | null> {
    if (folder === '') return Promise.resolve(null)
    let link = this.found.get(folder)
    if (link === undefined) {
      const slash = folder.lastIndexOf('/')
      link = this.linkOn(slash < 0 ? '' : folder.slice(0, slash)).then(async above => {
        if (above !== null) return above
        const stats = await lstat(path.join(this.root, textPath(folder)))
        return stats.isSymbolicLink() ? folder : null
      })
      this.found.set(folder, link)
    }
    return link
  }
}
