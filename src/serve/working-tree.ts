import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { FileEntry } from '../artifact/index.js'
import { splitLines } from '../chunk/index.js'
import { readFileContent } from '../scan/index.js'
import { errorCode } from '../util/index.js'

/** An indexed file as the working tree has it now. */
export type TreeFile =
  | { current: true; lines: string[] }
  /** Why its indexed lines cannot be shown from the tree: 'changed', 'missing', ... */
  | { current: false; reason: string }

// Files whose lines are kept between calls (a search reads its hits' files again and again).
const KEPT_FILES = 64

/**
 * The working tree an index was built from (`--root`). A file's lines are handed out only while
 * its content has the sha256 the manifest recorded, so that the index's line numbers hold; a
 * file edited since is reported, never shown. Reading follows the scanner's rules (a symbolic
 * link must stay inside the root; no FIFO blocks; nothing larger than the indexed size is read),
 * as the index, which names the paths, may come from anywhere.
 */
export class WorkingTree {
  /** Per path: the stat signature last checked, and why the file was not current then. */
  private readonly verdicts = new Map<string, { signature: string; reason?: string }>()
  /** The lines of the last KEPT_FILES current files read, least recently used first. */
  private readonly kept = new Map<string, { signature: string; lines: string[] }>()

  private constructor(
    readonly root: string,
    private readonly files: ReadonlyMap<string, FileEntry>
  ) {}

  static async open(root: string, files: readonly FileEntry[]): Promise<WorkingTree> {
    return new WorkingTree(await realpath(root), new Map(files.map(file => [file.path, file])))
  }

  /** The file as the tree has it; read again only when its inode, size or times changed. */
  async read(file: string): Promise<TreeFile> {
    const entry = this.files.get(file)
    if (entry === undefined) return { current: false, reason: 'not in the index' }
    const located = await this.locate(file)
    if (typeof located !== 'string') return located
    let signature: string
    try {
      const stats = await stat(located, { bigint: true })
      signature = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`
    } catch (error) {
      return missingOr(error)
    }
    const verdict = this.verdicts.get(file)
    if (verdict?.signature === signature) {
      if (verdict.reason !== undefined) return { current: false, reason: verdict.reason }
      const kept = this.kept.get(file)
      if (kept?.signature === signature) return this.keep(file, kept)
    }
    const read = await readFileContent(located, entry.bytes)
    if (!('sha256' in read) || read.sha256 !== entry.sha256) {
      this.verdicts.set(file, { signature, reason: 'changed' })
      return { current: false, reason: 'changed' }
    }
    this.verdicts.set(file, { signature })
    return this.keep(file, { signature, lines: splitLines(read.content) })
  }

  /** The file's real path inside the root, or why there is none. */
  private async locate(file: string): Promise<string | TreeFile> {
    try {
      const real = await realpath(path.join(this.root, ...file.split('/')))
      const relative = path.relative(this.root, real)
      const outside =
        relative === '' ||
        relative === '..' ||
        relative.startsWith(`..${path.sep}`) ||
        path.isAbsolute(relative)
      return outside ? { current: false, reason: 'outside the root' } : real
    } catch (error) {
      return missingOr(error)
    }
  }

  private keep(file: string, kept: { signature: string; lines: string[] }): TreeFile {
    this.kept.delete(file)
    this.kept.set(file, kept)
    if (this.kept.size > KEPT_FILES) this.kept.delete(this.kept.keys().next().value!)
    return { current: true, lines: kept.lines }
  }
}

function missingOr(error: unknown): TreeFile {
  const code = errorCode(error)
  return { current: false, reason: code === 'ENOENT' ? 'missing' : `unreadable (${code})` }
}
