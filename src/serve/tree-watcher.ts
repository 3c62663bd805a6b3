/**
 * Tells when files under a working tree may have changed, through Node's own fs.watch: no
 * dependency to install, and maintained with Node. On macOS and Windows one recursive watch
 * (FSEvents, ReadDirectoryChangesW) covers the tree. On Linux, Node's recursive watch walks the
 * whole tree synchronously at start and holds an inotify watch per file and folder, node_modules
 * included (about 5 s and 64,000 watches for this repository's own checkout); there a watch per
 * folder is kept instead, one inotify watch each, leaving out the folders no scan reads
 * (node_modules, .git) and the tool's own, and a folder made or moved in is watched once an event
 * names it.
 *
 * Events are hints only: they may be lost, doubled or come out of order, and name a folder rather
 * than a file, so the caller re-derives its state from the tree on each one (a file written into
 * a new folder before its watch began is found by that rescan). Events inside the tool's own
 * folders and inside .git are dropped (a change of .gitignore is not one of them).
 */
import { watch, type FSWatcher } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import { ALWAYS_EXCLUDED_FOLDERS } from '../scan/index.js'
import { errorCode, errorMessage } from '../util/index.js'

const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32'

export class TreeWatcher {
  /** By folder, relative and '/'-separated ('' = the root). */
  private readonly watchers = new Map<string, FSWatcher>()
  private closed = false

  private constructor(
    private readonly root: string,
    /** The tool's own folders under the root, relative. */
    private readonly own: readonly string[],
    private readonly onChange: (path: string) => void,
    private readonly log: Log
  ) {}

  /**
   * Watches `root`; `onChange` gets the path (relative, '/'-separated) each event names.
   * `ignored` are absolute paths (the index folder, the model folders) whose events are dropped.
   */
  static async start(
    root: string,
    ignored: readonly string[],
    onChange: (path: string) => void,
    log: Log
  ): Promise<TreeWatcher> {
    const real = await realpath(root)
    const own = (
      await Promise.all(ignored.map(dir => realpath(dir).catch(() => path.resolve(dir))))
    )
      .map(dir => path.relative(real, dir).split(path.sep).join('/'))
      .filter(dir => dir !== '' && !dir.startsWith('..') && !path.isAbsolute(dir))
    const watcher = new TreeWatcher(real, own, onChange, log)
    if (NATIVE_RECURSIVE) watcher.watchRecursively()
    else await watcher.watchFolder('')
    return watcher
  }

  close(): void {
    this.closed = true
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
  }

  private skipped(file: string): boolean {
    const segments = file.split('/')
    return (
      segments.some(segment => ALWAYS_EXCLUDED_FOLDERS.includes(segment)) ||
      this.own.some(dir => file === dir || file.startsWith(`${dir}/`))
    )
  }

  private watchRecursively(): void {
    const watcher = watch(this.root, { recursive: true }, (_event, name) => {
      // Some platforms name no file when many changed at once: then anything may have.
      const file = name === null ? '' : name.toString().split(path.sep).join('/')
      if (!this.skipped(file)) this.onChange(file)
    })
    watcher.on('error', error => this.failed(error))
    this.watchers.set('', watcher)
  }

  /** Watches `dir` and every folder under it that a scan may read. */
  private async watchFolder(dir: string): Promise<void> {
    if (this.closed || this.watchers.has(dir) || this.skipped(dir)) return
    const full = path.join(this.root, ...dir.split('/'))
    let watcher: FSWatcher
    try {
      if (!(await stat(full)).isDirectory()) return
      watcher = watch(full, (_event, name) => this.event(dir, name?.toString() ?? null))
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') this.failed(error)
      return
    }
    watcher.on('error', () => this.forget(dir))
    this.watchers.set(dir, watcher)
    const entries = await readdir(full, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      // A link to a folder is not followed, as the scan follows none.
      if (entry.isDirectory())
        await this.watchFolder(dir === '' ? entry.name : `${dir}/${entry.name}`)
    }
  }

  /** An event in folder `dir` naming `name` (null: anything in it). */
  private event(dir: string, name: string | null): void {
    if (this.closed) return
    const file = name === null ? dir : dir === '' ? name : `${dir}/${name}`
    if (this.skipped(file)) return
    this.onChange(file)
    if (name === null) return
    // A folder made or moved in is watched from now on; one deleted or moved away is let go.
    void stat(path.join(this.root, ...file.split('/'))).then(
      stats => (stats.isDirectory() ? this.watchFolder(file) : undefined),
      () => this.forget(file)
    )
  }

  /** Stops watching `dir` and the folders under it (gone, or moved away). */
  private forget(dir: string): void {
    for (const [watched, watcher] of this.watchers) {
      if (watched === dir || dir === '' || watched.startsWith(`${dir}/`)) {
        watcher.close()
        this.watchers.delete(watched)
      }
    }
  }

  private failed(error: unknown): void {
    this.log.warning(
      `watching ${this.root} failed (${errorMessage(error)}): changes under some of its folders may not be followed; raise fs.inotify.max_user_watches on Linux, or serve with --no-watch`
    )
  }
}
