/**
 * Tells when files under a working tree may have changed, through Node's own recursive fs.watch
 * (FSEvents on macOS, ReadDirectoryChangesW on Windows; on Linux Node walks the tree and holds an
 * inotify watch per file and folder): no dependency to install, and maintained with Node. Its events are hints only: they may be lost, doubled or come
 * out of order, and name a folder rather than a file, so the caller re-derives its state from the
 * tree on each one and never from the events themselves. Events inside the tool's own folders and
 * inside .git are none of the tree's content and are dropped (a change of .gitignore is not one
 * of them: it changes which files are indexed).
 */
import { watch, type FSWatcher } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Log } from '../core/index.js'
import { errorMessage } from '../util/index.js'

export class TreeWatcher {
  private constructor(private readonly watcher: FSWatcher) {}

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
    const skipped = (file: string) =>
      file === '.git' ||
      file.startsWith('.git/') ||
      own.some(dir => file === dir || file.startsWith(`${dir}/`))
    const watcher = watch(real, { recursive: true }, (_event, name) => {
      // Some platforms name no file when many changed at once: then anything may have.
      const file = name === null ? '' : name.toString().split(path.sep).join('/')
      if (!skipped(file)) onChange(file)
    })
    watcher.on('error', error =>
      log.warning(
        `watching ${root} failed (${errorMessage(error)}): changes are no longer followed`
      )
    )
    return new TreeWatcher(watcher)
  }

  close(): void {
    this.watcher.close()
  }
}
