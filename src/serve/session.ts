/**
 * An index loaded for searching, once: its verified rows and vectors, the model that embeds
 * queries (loaded in the background, see ./query-embedder.ts), the chunk texts and a keyword index
 * over them (built in a thread of its own, see ./keyword-thread.ts), held as one search state
 * (./search-state.ts). With a working tree followed (./live-overlay.ts), newer states of the tree
 * replace it whole. `query` opens one per call; `serve` keeps one per index for its whole life.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE, type ChunkRow, type LoadedIndex } from '../artifact/index.js'
import { type ModelConfig } from '../core/index.js'
import type { Log, Timings } from '../core/index.js'
import { qualifiedNames, queryTerms } from './code-tokens.js'
import type { KeywordThread } from './keyword-thread.js'
import { LiveOverlay, type OverlaySettings } from './live-overlay.js'
import { pathMatcher } from './path-filter.js'
import { QueryEmbedder, type EmbedderPool } from './query-embedder.js'
import { fusionDepth, rankHybrid, rankKeyword, type Accept } from './ranking.js'
import { type SearchMode } from '../core/index.js'
import { snippetOf, type Snippet } from './snippet.js'
import { SearchState } from './search-state.js'
import type { SymbolTable } from './symbols.js'
import type { LineRange, TextSource } from './text-source.js'
import type { Ranked } from './top-k.js'

interface SessionConfig {
  /** The working tree the index was built from, for text the index does not store. */
  root?: string
  model: ModelConfig
  /** false: only semantic search will be asked for, so no keyword index is built. */
  keyword?: boolean
  /**
   * false: only keyword search will be asked for, so no model is loaded, unless the working tree
   * is followed (its changed files are embedded).
   */
  semantic?: boolean
  /** With a root: follow the working tree (./live-overlay.ts); without, search the index as built. */
  overlay?: OverlaySettings
  /** Keep and ask an approximate-search graph for a large index (./search-state.ts): a server does. */
  approximate?: boolean
}

interface SearchRequest {
  text: string
  top: number
  mode: SearchMode
  /** Only files whose path matches this glob. */
  pathGlob?: string
  /** Leave out hits scoring below this (on the mode's scale, see ./ranking.ts). */
  minScore?: number
  /** Gets the phases `embed query` (once the model is loaded) and `search`. */
  timings?: Timings
}

/**
 * A row of chunks.jsonl (all its fields but the text, and but what it defines: up to 64 entries
 * that ranking uses and a reader does not need), its score and, given text, a snippet.
 */
export type SearchHit = Omit<ChunkRow, 'text' | 'defines'> & {
  score: number
  /**
   * 'overlay': the chunk is the working tree's, its file new or changed since the index on disk
   * was built; 'index': the index on disk's.
   */
  source: 'index' | 'overlay'
  /** The file changed in the working tree since it was indexed. */
  stale?: true
} & Partial<Snippet>

export interface SearchResult {
  /**
   * The mode that ran: 'hybrid' falls back to 'semantic' when there is no text, and to 'keyword'
   * when the model could not be loaded.
   */
  mode: SearchMode
  /** Why the mode that ran is not the one asked for. */
  note?: string
  hits: SearchHit[]
}

export const NO_TEXT =
  'the index stores no chunk text (built without store-text) and no --root (the working tree it was built from) was given'

export class SearchSession {
  /** Following the working tree, when there is one and that was asked for. */
  readonly overlay: LiveOverlay | undefined
  /** The model settings the session was opened with (the overlay keeps out the model's folders). */
  readonly modelConfig: ModelConfig
  /** Whether states of the index on disk keep an approximate-search graph (SessionConfig). */
  readonly approximate: boolean

  private constructor(
    readonly dir: string,
    /** The index on disk the session serves (the working tree's overlay is made against it). */
    public base: LoadedIndex,
    /** When the manifest of the index served was written (the index records no time of its own). */
    public written: Date,
    private state: SearchState,
    readonly model: QueryEmbedder,
    config: SessionConfig,
    log: Log
  ) {
    this.modelConfig = config.model
    this.approximate = config.approximate === true
    this.overlay =
      config.root === undefined || config.overlay === undefined
        ? undefined
        : new LiveOverlay(this, config.root, config.overlay, config.keyword !== false, log)
  }

  /**
   * `index` is the verified index read from `dir`. Returns before the model has loaded: keyword
   * search needs none, and semantic search waits for it. The model comes from `embedders`, which
   * the caller disposes of after closing the session. The overlay, when asked for, is made but not
   * started: `overlay.refresh()` applies the working tree once, `overlay.watch()` follows it.
   */
  static async open(
    dir: string,
    index: LoadedIndex,
    config: SessionConfig,
    log: Log,
    embedders: EmbedderPool
  ): Promise<SearchSession> {
    // Now, before the index can be rebuilt under a long-running server.
    const { mtime: written } = await stat(join(dir, MANIFEST_FILE))
    const keyword = config.keyword !== false
    const state = await SearchState.build(
      { dir, index, root: config.root, keyword, onDisk: true, approximate: config.approximate },
      log,
      false
    )
    if (keyword && state.texts.origin === 'working-tree' && config.overlay === undefined)
      await warnOfStaleFiles(state.texts, index, config.root!, log)
    const model = new QueryEmbedder(
      index,
      config.semantic === false && config.overlay === undefined ? undefined : config.model,
      state.scorer,
      embedders,
      log
    )
    return new SearchSession(dir, index, written, state, model, config, log)
  }

  /** The index searched now: the one on disk, or the working tree's made against it. */
  get index(): LoadedIndex {
    return this.state.index
  }

  get texts(): TextSource {
    return this.state.texts
  }

  get keyword(): KeywordThread | undefined {
    return this.state.keyword
  }

  get symbols(): SymbolTable {
    return this.state.symbols
  }

  /** Searches from now on see `next`; the searches under way finish on the state they took. */
  swap(next: SearchState): void {
    const old = this.state
    this.state = next
    old.retire()
  }

  search(request: SearchRequest): Promise<SearchResult> {
    return this.state.use(state => this.searchIn(state, request))
  }

  private async searchIn(state: SearchState, request: SearchRequest): Promise<SearchResult> {
    const accept = acceptor(state.index, request.pathGlob)
    const query = queryTerms(request.text)
    const { keyword } = state
    let mode = request.mode
    let note: string | undefined
    if (mode !== 'semantic' && keyword === undefined) {
      if (mode === 'keyword') throw new Error(`keyword search needs chunk text, but ${NO_TEXT}`)
      mode = 'semantic'
      note = `hybrid search fell back to semantic: ${NO_TEXT}`
    }
    if (mode === 'hybrid') {
      const model = await this.model.settled()
      if (model.state === 'failed') {
        mode = 'keyword'
        note = `hybrid search fell back to keyword: the index's model could not be loaded: ${model.reason}`
      }
    }
    // The keyword side runs in its thread while this one embeds the query.
    const matching = mode === 'semantic' ? undefined : keyword!.match(query)
    matching?.catch(() => {}) // awaited below; until then a failure must not count as unhandled
    const defining = state.definitions.defining(qualifiedNames(request.text))
    let ranked: Ranked[]
    let searching = performance.now()
    if (mode === 'keyword') {
      ranked = rankKeyword(await matching!, defining, request.top, accept)
    } else {
      await this.model.settled()
      const embedding = performance.now()
      const vector = await this.model.embed(request.text)
      request.timings?.since('embed query', embedding)
      searching = performance.now()
      ranked =
        mode === 'semantic'
          ? await state.scorer.nearest(vector, request.top, accept)
          : rankHybrid(
              await state.scorer.nearest(vector, fusionDepth(request.top), accept),
              await matching!,
              defining,
              request.top,
              accept
            )
    }
    const { minScore } = request
    const kept = minScore === undefined ? ranked : ranked.filter(hit => hit.score >= minScore)
    const hits = await Promise.all(kept.map(hit => describe(state, hit, query.terms)))
    request.timings?.since('search', searching)
    return { mode, ...(note !== undefined ? { note } : {}), hits }
  }

  /** Lines start..end of an indexed file, as indexed. */
  chunk(path: string, start: number, end: number): Promise<LineRange> {
    return this.state.use(state => state.texts.lines(path, start, end))
  }

  /** Whether `path` is a file of the index. */
  hasFile(path: string): boolean {
    return this.state.texts.hasFile(path)
  }

  /** Before the caller disposes of the embedders: a load still under way would outlive them. */
  async close(): Promise<void> {
    await this.overlay?.close()
    await this.state.close()
    await this.model.settled()
  }
}

function acceptor(index: LoadedIndex, glob: string | undefined): Accept {
  if (glob === undefined) return () => true
  const matches = pathMatcher(glob)
  const accepted = new Uint8Array(index.rows.length)
  for (const file of index.manifest.files) {
    if (matches(file.path)) accepted.fill(1, file.first_row, file.first_row + file.rows)
  }
  return row => accepted[row] === 1
}

async function describe(
  state: SearchState,
  hit: Ranked,
  terms: readonly string[]
): Promise<SearchHit> {
  const row: Omit<ChunkRow, 'text' | 'defines'> & Partial<ChunkRow> = {
    ...state.index.rows[hit.row]
  }
  delete row.text
  delete row.defines
  const { text, stale } = await state.texts.rowText(hit.row)
  return {
    ...row,
    score: hit.score,
    source: state.overlaid.has(row.path) ? 'overlay' : 'index',
    ...(stale ? { stale: true } : {}),
    ...(text !== undefined ? snippetOf(text, row.start_line, terms) : {})
  }
}

/** A working tree far from the index (the wrong --root, an old index) should not go unnoticed. */
async function warnOfStaleFiles(texts: TextSource, index: LoadedIndex, root: string, log: Log) {
  const stale = (await texts.staleFiles()) ?? []
  if (stale.length === 0) return
  log.warning(
    `${stale.length} of ${index.manifest.files.length} indexed files have changed under ${root} ` +
      'since the index was built (or are gone): keyword search leaves them out and shows them without snippets'
  )
}
