/**
 * The indexes one server serves, each under a repository label: searched together, or one of them
 * by its label. Each keeps its own model (indexes made with the same model files share one, see
 * ./query-embedder.ts).
 *
 * Hits from several indexes merge (./merge-hits.ts) by score when their scores mean the same:
 * keyword and hybrid scores are relative to each index's best match, and cosine similarities are
 * comparable within one vector space (the same model files and recipe: ../artifact/compat.ts).
 * Otherwise (semantic hits from different models, or indexes that ran different modes) they merge
 * by rank.
 */
import { basename } from 'node:path'
import { vectorsDiffer, type LoadedIndex } from '../artifact/index.js'
import type { Log, ModelConfig, SearchMode } from '../core/index.js'
import { mergeHits } from './merge-hits.js'
import { EmbedderPool, type ModelState } from './query-embedder.js'
import { SearchSession, type SearchHit } from './session.js'
import type { Freshness, OverlaySettings } from './live-overlay.js'
import { compare, type SymbolMatch } from './symbols.js'
import type { LineRange } from './text-source.js'

export interface IndexToServe {
  dir: string
  index: LoadedIndex
  /** The working tree the index was built from, for chunk text. */
  root?: string
  model: ModelConfig
  /** With a root: follow the working tree (./live-overlay.ts). */
  overlay?: OverlaySettings
}

export interface Served {
  repo: string
  session: SearchSession
}

export interface ServedSearch {
  text: string
  top: number
  mode: SearchMode
  pathGlob?: string
  minScore?: number
  /** Only this repository's index. */
  repo?: string
}

export type RepoHit = SearchHit & { repo: string }

export interface ServedSearchResult {
  /** The mode that ran in every index searched, or 'mixed' (each index's is in `modes`). */
  mode: SearchMode | 'mixed'
  /** By repository: the mode that ran, where it is not the one asked for, and why. */
  fallbacks?: { repo: string; mode: SearchMode; reason: string }[]
  /** The fallbacks in words, one line per repository. */
  note?: string
  hits: RepoHit[]
}

export interface IndexStatus {
  repo: string
  index: string
  /** The git commit the index was built from; null outside git. */
  base_commit: string | null
  chunks: number
  files: number
  model: { id: string } & ModelState
  /** With a working tree followed: how fresh the answers are. */
  overlay?: Freshness
}

/** A label per index: its working tree's folder name, else its own; repeated names numbered. */
function repoLabels(indexes: readonly IndexToServe[]): string[] {
  const taken = new Set<string>()
  return indexes.map(({ dir, root }) => {
    const name = basename(root ?? dir)
    let label = name
    for (let n = 2; taken.has(label); n++) label = `${name}-${n}`
    taken.add(label)
    return label
  })
}

export class ServedIndexes {
  private constructor(
    readonly served: readonly Served[],
    private readonly embedders: EmbedderPool
  ) {}

  static async open(indexes: readonly IndexToServe[], log: Log): Promise<ServedIndexes> {
    const embedders = new EmbedderPool()
    const labels = repoLabels(indexes)
    const served: Served[] = []
    try {
      for (const [i, { dir, index, root, model, overlay }] of indexes.entries()) {
        const session = await SearchSession.open(
          dir,
          index,
          { root, model, overlay },
          log,
          embedders
        )
        served.push({ repo: labels[i], session })
        // In the background: walking a large tree for its folders must not delay `initialize`.
        void session.overlay?.watch()
        void session.model.settled().then(state => {
          if (state.state === 'failed') {
            log.warning(
              `${labels[i]}: the index's model could not be loaded, so semantic search is refused and hybrid search falls back to keyword: ${state.reason}`
            )
          }
        })
      }
    } catch (error) {
      await new ServedIndexes(served, embedders).close()
      throw error
    }
    return new ServedIndexes(served, embedders)
  }

  get repos(): string[] {
    return this.served.map(({ repo }) => repo)
  }

  /** The index labelled `repo`; without one, the first. */
  one(repo: string | undefined): Served {
    return repo === undefined ? this.served[0] : this.selected(repo)[0]
  }

  async search(request: ServedSearch): Promise<ServedSearchResult> {
    const searched = this.selected(request.repo)
    const results = await Promise.all(searched.map(({ session }) => session.search(request)))
    const modes = new Set(results.map(result => result.mode))
    const fallbacks = results.flatMap((result, i) =>
      result.note === undefined
        ? []
        : [{ repo: searched[i].repo, mode: result.mode, reason: result.note }]
    )
    const byScore = modes.size === 1 && (!modes.has('semantic') || sameVectorSpace(searched))
    const rankings = results.map((result, i) =>
      result.hits.map(hit => ({ ...hit, repo: searched[i].repo }))
    )
    const hits = mergeHits(rankings, byScore, request.top)
    return {
      mode: modes.size === 1 ? results[0].mode : 'mixed',
      ...(fallbacks.length > 0
        ? {
            fallbacks,
            note: fallbacks.map(({ repo, reason }) => `${repo}: ${reason}`).join('\n')
          }
        : {}),
      hits
    }
  }

  /** Definitions named `name` or a name beginning with it, whole matches first. */
  symbols(
    name: string,
    limit: number,
    repo?: string
  ): { symbols: (SymbolMatch & { repo: string })[]; total: number } {
    const found = this.selected(repo).map(({ repo, session }, i) => ({
      repo,
      i,
      ...session.symbols.find(name, limit)
    }))
    const symbols = found
      .flatMap(({ repo, i, matches }) => matches.map(match => ({ match: { ...match, repo }, i })))
      .sort(
        (a, b) =>
          compare(a.match.match, b.match.match) ||
          compare(a.match.name.toLowerCase(), b.match.name.toLowerCase()) ||
          a.i - b.i ||
          compare(a.match.path, b.match.path) ||
          a.match.line - b.match.line
      )
      .slice(0, limit)
      .map(({ match }) => match)
    return { symbols, total: found.reduce((sum, { total }) => sum + total, 0) }
  }

  /** Lines of a file of `repo`'s index; without a repository, of the first index that has it. */
  chunk(path: string, start: number, end: number, repo?: string): Promise<LineRange> {
    const served =
      repo === undefined
        ? (this.served.find(({ session }) => session.hasFile(path)) ?? this.served[0])
        : this.selected(repo)[0]
    return served.session.chunk(path, start, end)
  }

  status(): IndexStatus[] {
    return this.served.map(({ repo, session }) => {
      const { manifest } = session.index
      return {
        repo,
        index: session.dir,
        base_commit: session.base.manifest.commit,
        chunks: manifest.counts.chunks,
        files: manifest.counts.files,
        model: { id: manifest.model.id, ...session.model.state },
        ...(session.overlay ? { overlay: session.overlay.freshness() } : {})
      }
    })
  }

  async close(): Promise<void> {
    for (const { session } of this.served) await session.close()
    await this.embedders.dispose()
  }

  private selected(repo: string | undefined): readonly Served[] {
    if (repo === undefined) return this.served
    const served = this.served.find(one => one.repo === repo)
    if (served === undefined) {
      throw new Error(
        `no repository ${JSON.stringify(repo)} is served; the repositories are ${this.repos.map(r => JSON.stringify(r)).join(', ')}`
      )
    }
    return [served]
  }
}

/** Whether cosine scores of these indexes can be compared: one model's vector space. */
function sameVectorSpace(served: readonly Served[]): boolean {
  const [first, ...rest] = served.map(({ session }) => session.index.manifest)
  return rest.every(manifest => vectorsDiffer(first, manifest) === null)
}
