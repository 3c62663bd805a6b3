/**
 * The working tree over the index on disk: on each change (./tree-watcher.ts), or once for
 * `query`, the tree is indexed again in memory as `index` would index it (../pipeline/
 * tree-index.ts: the same scan rules, chunker and model; unchanged files and chunks keep their
 * vectors, only new chunks are embedded), and a whole new search state (./search-state.ts) is
 * swapped in. A search never waits for this: it searches the last state swapped in. A build that
 * fails (an unreadable tree, the model) is reported and leaves that state serving.
 *
 * Each build re-derives everything from the tree (it rescans and hashes every file), so lost or
 * reordered events cannot leave the state wrong; its cost grows with the tree, not with the change.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE, writeIndex, type IndexData, type LoadedIndex } from '../artifact/index.js'
import type { ScanSettings } from '../config/index.js'
import type { Log, ModelConfig } from '../core/index.js'
import { embedItems, loadTokenCounter } from '../embed/index.js'
import {
  baseIndex,
  indexTree,
  sourceCommit,
  type BaseIndex,
  type TreeIndex,
  type TreeModel
} from '../pipeline/index.js'
import { errorMessage } from '../util/index.js'
import type { LoadedModel } from './query-embedder.js'
import { SearchState } from './search-state.js'
import { TreeWatcher } from './tree-watcher.js'

export interface OverlaySettings {
  /** Which files are indexed: the flags `index` was given (the manifest does not record them). */
  scan: ScanSettings
  /** After each build that changed something, write the tree's index into the index folder. */
  writeBack: boolean
}

/** What the overlay needs of the session it keeps current. */
export interface OverlaidSession {
  readonly dir: string
  base: LoadedIndex
  written: Date
  readonly index: LoadedIndex
  readonly model: { load(): Promise<LoadedModel> }
  readonly modelConfig: ModelConfig
  swap(next: SearchState): void
}

/** How fresh the answers are: what index_info and status report. */
export interface Freshness {
  /** The commit the index on disk was built from. */
  base_commit: string | null
  /** Whether changes are followed as they happen (serve), or the tree was taken in once (query). */
  watching: boolean
  /** When the working tree was last taken in; null before the first time. */
  settled_at: string | null
  /** Files of the working tree searched in place of the index's: new, changed, and gone. */
  files_added: number
  files_changed: number
  files_removed: number
  /** A build is running or about to run: answers may not hold the latest changes yet. */
  pending: boolean
  /** Paths changes were seen under since the last build began. */
  files_waiting: number
  /** Why the last build failed (the state before it still serves), or why none can run. */
  problem?: string
}

/** Changes are gathered this long after the first before a build starts: a save is a burst. */
const SETTLE_MS = 100

/** Chunks per embedder call; the vectors do not depend on it (../embed/batch-plan.ts). */
const BATCH_SIZE = 16

export class LiveOverlay {
  private base: BaseIndex | string | undefined
  private treeModel: Promise<TreeModel> | undefined
  private watcher: TreeWatcher | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private again = false
  private closed = false
  private readonly waiting = new Set<string>()
  private settledAt: Date | undefined
  private counts = { added: 0, changed: 0, removed: 0 }
  private problem: string | undefined

  constructor(
    private readonly session: OverlaidSession,
    private readonly root: string,
    private readonly settings: OverlaySettings,
    private readonly keyword: boolean,
    private readonly log: Log
  ) {}

  /** Follows the tree from now on, starting with the changes made since the index was built. */
  async watch(): Promise<void> {
    try {
      const watcher = await TreeWatcher.start(
        this.root,
        this.ownPaths(),
        path => this.changed(path),
        this.log
      )
      // Closed while the tree's folders were being walked.
      if (this.closed) return watcher.close()
      this.watcher = watcher
    } catch (error) {
      // Too many folders for the system's watch limit (ENOSPC on Linux), or a tree gone.
      this.log.warning(
        `cannot watch ${this.root} (${errorMessage(error)}): the working tree is taken in once, and later changes are not; raise fs.inotify.max_user_watches on Linux, or serve with --no-watch`
      )
    }
    void this.refresh()
  }

  /**
   * Takes the tree in as it is now; resolves once a build that began after this call has
   * settled (failed builds included: see `freshness().problem`).
   */
  refresh(): Promise<void> {
    if (this.running !== undefined) {
      this.again = true
      return this.running
    }
    this.running = this.run().finally(() => (this.running = undefined))
    return this.running
  }

  freshness(): Freshness {
    return {
      base_commit: this.session.base.manifest.commit,
      watching: this.watcher !== undefined,
      settled_at: this.settledAt?.toISOString() ?? null,
      files_added: this.counts.added,
      files_changed: this.counts.changed,
      files_removed: this.counts.removed,
      pending: this.running !== undefined || this.timer !== undefined,
      files_waiting: this.waiting.size,
      ...(this.problem !== undefined ? { problem: this.problem } : {})
    }
  }

  /** Stops watching and waits for a build under way; its state is not swapped in. */
  async close(): Promise<void> {
    this.closed = true
    this.watcher?.close()
    clearTimeout(this.timer)
    this.timer = undefined
    await this.running
  }

  private changed(path: string): void {
    if (this.closed) return
    this.waiting.add(path)
    this.timer ??= setTimeout(() => {
      this.timer = undefined
      void this.refresh()
    }, SETTLE_MS)
  }

  private async run(): Promise<void> {
    do {
      this.again = false
      this.waiting.clear()
      await this.build().catch((error: unknown) => {
        const problem = errorMessage(error)
        // Once per problem, not once per change while it lasts (a model that cannot load).
        if (problem !== this.problem) {
          this.log.warning(
            `${this.root}: the working tree's changes could not be taken in (${problem}); searches go on over the state before them`
          )
        }
        this.problem = problem
      })
    } while (this.again && !this.closed)
  }

  private async build(): Promise<void> {
    const { session } = this
    this.base ??= baseIndex(session.base)
    const base = this.base
    if (typeof base === 'string') throw new Error(base)
    const tree = await indexTree(this.root, base, this.settings.scan, this.ownPaths(), () =>
      this.model()
    )
    if (this.closed || sameIndex(tree.data, session.index)) return this.settle(tree)
    let index: LoadedIndex = inMemory(tree.data, base.index)
    let overlaid = new Set([...tree.added, ...tree.changed])
    let settled = tree
    if (this.settings.writeBack) {
      index = await this.writeBack(tree.data)
      overlaid = new Set()
      settled = { ...tree, added: [], changed: [], removed: [] }
    }
    const state = await SearchState.build(
      {
        dir: session.dir,
        index,
        root: this.root,
        keyword: this.keyword,
        overlaid,
        held: tree.contents,
        onDisk: this.settings.writeBack
      },
      this.log,
      true
    )
    if (this.closed) return void (await state.close())
    session.swap(state)
    this.settle(settled)
  }

  /** Records a build's outcome as the overlay's freshness. */
  private settle({ added, changed, removed }: Pick<TreeIndex, 'added' | 'changed' | 'removed'>) {
    this.counts = { added: added.length, changed: changed.length, removed: removed.length }
    this.settledAt = new Date()
    this.problem = undefined
  }

  /** Writes the tree's index into the index folder as `index` would; it is the base from then on. */
  private async writeBack(data: IndexData): Promise<LoadedIndex> {
    const { session } = this
    const commit = await sourceCommit(this.root)
    const manifest = await writeIndex(session.dir, {
      ...data,
      manifest: { ...data.manifest, commit }
    })
    const written: LoadedIndex = { manifest, rows: data.rows, vectors: data.vectors }
    session.base = written
    session.written = (await stat(join(session.dir, MANIFEST_FILE))).mtime
    this.base = baseIndex(written)
    this.log.info(`${this.root}: wrote the working tree's index to ${session.dir}`)
    return written
  }

  /**
   * The served index's model, loaded once (the query model's load, which settles once: a model
   * that failed stays failed for the session), with its token counter: what chunks and embeds.
   */
  private model(): Promise<TreeModel> {
    this.treeModel ??= (async () => {
      const { model, embedder } = await this.session.model.load()
      return {
        countTokens: await loadTokenCounter(model),
        embed: items => embedItems(embedder, items, BATCH_SIZE)
      }
    })()
    return this.treeModel
  }

  /** What embed-index reads or writes itself: never part of the tree's index. */
  private ownPaths(): string[] {
    const { cacheDir, path } = this.session.modelConfig
    return [this.session.dir, cacheDir, ...(path !== undefined ? [path] : [])]
  }
}

/** The tree's index as a loaded one, with the counts a reader fills in. */
function inMemory(data: IndexData, base: LoadedIndex): LoadedIndex {
  const { manifest } = data
  return {
    ...data,
    manifest: {
      ...manifest,
      counts: {
        files: manifest.files.length,
        chunks: data.rows.length,
        skipped: manifest.skipped.length
      },
      // The files on disk it was made against: it has none of its own.
      checksums: base.manifest.checksums
    }
  }
}

/** Whether the tree's index is the one searched already: the same files, skipped the same. */
function sameIndex(data: IndexData, searched: LoadedIndex): boolean {
  const key = (manifest: Pick<IndexData['manifest'], 'files' | 'skipped'>) =>
    JSON.stringify([manifest.files.map(file => [file.path, file.sha256]), manifest.skipped])
  return key(data.manifest) === key(searched.manifest)
}
