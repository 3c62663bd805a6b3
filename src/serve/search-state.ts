/**
 * One consistent view of an index to search: its rows and vectors, their texts, the keyword index
 * and the definitions over them, and which files come from the working tree rather than the
 * index on disk. A session holds one at a time and swaps in a whole new one when the working tree
 * changes (./live-overlay.ts); a search takes the state once at its start and uses it to the end,
 * so it sees the old state or the new, never a mix, and the old one is closed only when the last
 * search that took it is done.
 */
import type { LoadedIndex } from '../artifact/index.js'
import type { Log } from '../core/index.js'
import { Definitions } from './definitions.js'
import { KeywordThread } from './keyword-thread.js'
import { SymbolTable } from './symbols.js'
import { TextSource } from './text-source.js'
import { VectorScorer } from './vector-search.js'
import { WorkingTree } from './working-tree.js'

export interface StateParts {
  /** The index folder, where an HNSW graph of the index on disk is kept. */
  dir: string
  index: LoadedIndex
  root?: string
  /** false: only semantic search will be asked for, so no keyword index is built. */
  keyword: boolean
  /** The files whose content comes from the working tree, not the index on disk. */
  overlaid?: ReadonlySet<string>
  /** The text of files as read when the index was made from the tree (./text-source.ts). */
  held?: ReadonlyMap<string, string>
  /** The index is the one in `dir`, not one made in memory from the working tree. */
  onDisk: boolean
}

export class SearchState {
  private users = 0
  private retired = false

  private constructor(
    readonly index: LoadedIndex,
    readonly texts: TextSource,
    /** Undefined when there is no text to search. */
    readonly keyword: KeywordThread | undefined,
    readonly scorer: VectorScorer,
    readonly definitions: Definitions,
    readonly symbols: SymbolTable,
    readonly overlaid: ReadonlySet<string>
  ) {}

  /**
   * Builds every part; with `waitForKeyword`, returns once the keyword index is built too (a state
   * swapped in under a running server must not make searches wait).
   */
  static async build(parts: StateParts, log: Log, waitForKeyword: boolean): Promise<SearchState> {
    const { dir, index, root, overlaid = new Set<string>(), held } = parts
    const tree = root === undefined ? undefined : await WorkingTree.open(root, index.manifest.files)
    const texts = new TextSource(index, tree, held)
    const all = parts.keyword ? await texts.allTexts() : undefined
    // Built in its own thread while the model loads.
    const keyword = all === undefined ? undefined : new KeywordThread(all)
    try {
      if (waitForKeyword) await keyword?.ready
      // The graph on disk is bound to the vectors on disk: a state of the working tree, whose
      // vectors differ, is scanned exactly.
      const annMinRows = parts.onDisk ? undefined : Infinity
      const scorer = await VectorScorer.open(
        dir,
        index.vectors,
        index.manifest.model.dimension,
        index.manifest.checksums['vectors.npy'],
        log,
        annMinRows
      )
      return new SearchState(
        index,
        texts,
        keyword,
        scorer,
        Definitions.of(index.rows),
        SymbolTable.of(index.rows),
        overlaid
      )
    } catch (error) {
      await keyword?.close()
      throw error
    }
  }

  /** Runs `search` on this state; a retired state closes after its last search. */
  async use<T>(search: (state: SearchState) => Promise<T>): Promise<T> {
    this.users++
    try {
      return await search(this)
    } finally {
      this.users--
      if (this.retired && this.users === 0) void this.close()
    }
  }

  /** No new search takes this state: it closes once no search uses it. */
  retire(): void {
    this.retired = true
    if (this.users === 0) void this.close()
  }

  async close(): Promise<void> {
    await this.keyword?.close()
  }
}
