/**
 * An index loaded for searching, once: its verified rows and vectors, the model that embeds
 * queries (loaded in the background, see ./query-embedder.ts), the chunk texts and a keyword index
 * over them (built in a thread of its own, see ./keyword-thread.ts). `query` opens one per call;
 * `serve` keeps one per index for its whole life.
 */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE, type ChunkRow, type LoadedIndex } from '../artifact/index.js'
import { type ModelConfig } from '../core/index.js'
import type { Log, Timings } from '../core/index.js'
import { qualifiedNames, queryTerms } from './code-tokens.js'
import { Definitions } from './definitions.js'
import { KeywordThread } from './keyword-thread.js'
import { pathMatcher } from './path-filter.js'
import { QueryEmbedder, type EmbedderPool } from './query-embedder.js'
import { fusionDepth, rankHybrid, rankKeyword, type Accept } from './ranking.js'
import { type SearchMode } from '../core/index.js'
import { snippetOf, type Snippet } from './snippet.js'
import { TextSource, type LineRange } from './text-source.js'
import type { Ranked } from './top-k.js'
import { VectorScorer } from './vector-search.js'
import { WorkingTree } from './working-tree.js'

interface SessionConfig {
  /** The working tree the index was built from, for text the index does not store. */
  root?: string
  model: ModelConfig
  /** false: only semantic search will be asked for, so no keyword index is built. */
  keyword?: boolean
  /** false: only keyword search will be asked for, so no model is loaded. */
  semantic?: boolean
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
  private constructor(
    readonly dir: string,
    readonly index: LoadedIndex,
    /** When the manifest of the index served was written (the index records no time of its own). */
    readonly written: Date,
    readonly texts: TextSource,
    /** Undefined when there is no text to search. */
    readonly keyword: KeywordThread | undefined,
    private readonly scorer: VectorScorer,
    readonly model: QueryEmbedder,
    private readonly definitions: Definitions
  ) {}

  /**
   * `index` is the verified index read from `dir`. Returns before the model has loaded: keyword
   * search needs none, and semantic search waits for it. The model comes from `embedders`, which
   * the caller disposes of after closing the session.
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
    const tree =
      config.root === undefined
        ? undefined
        : await WorkingTree.open(config.root, index.manifest.files)
    const texts = new TextSource(index, tree)
    const all = config.keyword === false ? undefined : await texts.allTexts()
    if (all && texts.origin === 'working-tree')
      await warnOfStaleFiles(texts, index, config.root!, log)
    // Built in its own thread while the model loads.
    const keyword = all === undefined ? undefined : new KeywordThread(all)
    try {
      const scorer = await VectorScorer.open(
        dir,
        index.vectors,
        index.manifest.model.dimension,
        index.manifest.checksums['vectors.npy'],
        log
      )
      const model = new QueryEmbedder(
        index,
        config.semantic === false ? undefined : config.model,
        scorer,
        embedders,
        log
      )
      const definitions = Definitions.of(index.rows)
      return new SearchSession(dir, index, written, texts, keyword, scorer, model, definitions)
    } catch (error) {
      await keyword?.close()
      throw error
    }
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const accept = this.acceptor(request.pathGlob)
    const query = queryTerms(request.text)
    const { keyword } = this
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
    const defining = this.definitions.defining(qualifiedNames(request.text))
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
          ? await this.scorer.nearest(vector, request.top, accept)
          : rankHybrid(
              await this.scorer.nearest(vector, fusionDepth(request.top), accept),
              await matching!,
              defining,
              request.top,
              accept
            )
    }
    const { minScore } = request
    const kept = minScore === undefined ? ranked : ranked.filter(hit => hit.score >= minScore)
    const hits = await Promise.all(kept.map(hit => this.describe(hit, query.terms)))
    request.timings?.since('search', searching)
    return { mode, ...(note !== undefined ? { note } : {}), hits }
  }

  /** Lines start..end of an indexed file, as indexed. */
  chunk(path: string, start: number, end: number): Promise<LineRange> {
    return this.texts.lines(path, start, end)
  }

  /** Whether `path` is a file of the index. */
  hasFile(path: string): boolean {
    return this.texts.hasFile(path)
  }

  /** Before the caller disposes of the embedders: a load still under way would outlive them. */
  async close(): Promise<void> {
    await this.keyword?.close()
    await this.model.settled()
  }

  private acceptor(glob: string | undefined): Accept {
    if (glob === undefined) return () => true
    const matches = pathMatcher(glob)
    const accepted = new Uint8Array(this.index.rows.length)
    for (const file of this.index.manifest.files) {
      if (matches(file.path)) accepted.fill(1, file.first_row, file.first_row + file.rows)
    }
    return row => accepted[row] === 1
  }

  private async describe(hit: Ranked, terms: readonly string[]): Promise<SearchHit> {
    const row: Omit<ChunkRow, 'text' | 'defines'> & Partial<ChunkRow> = {
      ...this.index.rows[hit.row]
    }
    delete row.text
    delete row.defines
    const { text, stale } = await this.texts.rowText(hit.row)
    return {
      ...row,
      score: hit.score,
      ...(stale ? { stale: true } : {}),
      ...(text !== undefined ? snippetOf(text, row.start_line, terms) : {})
    }
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
