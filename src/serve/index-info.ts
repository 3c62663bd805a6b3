import type { Manifest } from '../artifact/index.js'
import { newerIndexWritten } from './newer-index.js'
import type { Freshness } from './live-overlay.js'
import type { ModelState } from './query-embedder.js'
import { NO_TEXT, type SearchSession } from './session.js'
import type { TextOrigin } from './text-source.js'

// Stale files named in index_info; the count is always whole.
const STALE_NAMED = 20

interface IndexInfo {
  index: string
  format: Manifest['format']
  tool: Manifest['tool']
  /** The manifest's model entry, all its fields. */
  model: Manifest['model']
  /** Whether the model that embeds queries has loaded: semantic search needs it, keyword not. */
  model_state: ModelState
  chunking: Manifest['chunking']
  store_text: boolean
  shard: Manifest['shard']
  counts: Manifest['counts']
  /** When the served index's manifest.json was written (an index records no time), and how long ago. */
  written: string
  age: string
  /** Set when the index on disk was rebuilt since the server loaded the one it serves. */
  newer_index?: string
  /** Where chunk text (snippets, keyword search) comes from. */
  text: TextOrigin
  keyword_search: string
  /** With a working tree: the indexed files whose content has changed since, or that are gone. */
  stale_files?: { count: number; paths: string[] }
  /** With a working tree followed: how fresh the answers are (../serve/live-overlay.ts). */
  overlay?: Freshness
}

export async function indexInfo(session: SearchSession, now = Date.now()): Promise<IndexInfo> {
  const { manifest } = session.index
  const { written, texts } = session
  const newer = await newerIndexWritten(session.dir, session.base.manifest)
  const stale = await texts.staleFiles()
  return {
    index: session.dir,
    format: manifest.format,
    tool: manifest.tool,
    model: manifest.model,
    model_state: session.model.state,
    chunking: manifest.chunking,
    store_text: manifest.store_text,
    shard: manifest.shard,
    counts: manifest.counts,
    written: written.toISOString(),
    age: describeAge(now - written.getTime()),
    ...(newer !== undefined
      ? {
          newer_index: `a newer index was written to ${session.dir} at ${newer.toISOString()} (${describeAge(now - newer.getTime())} ago); this server still searches the one it loaded: restart it to search the new one`
        }
      : {}),
    text: texts.origin,
    keyword_search: keywordState(session),
    ...(stale !== undefined
      ? { stale_files: { count: stale.length, paths: stale.slice(0, STALE_NAMED) } }
      : {}),
    ...(session.overlay ? { overlay: session.overlay.freshness() } : {})
  }
}

function keywordState({ keyword, index }: SearchSession): string {
  if (keyword === undefined) return `unavailable: ${NO_TEXT}`
  if (keyword.failure) return keyword.failure.message
  if (keyword.documents === undefined) return 'being built: keyword and hybrid searches wait for it'
  return `available over ${keyword.documents} of ${index.manifest.counts.chunks} chunks`
}

/** '45 s', '12 min', '5 h', '3 days'. */
function describeAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 120) return `${seconds} s`
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} h`
  return `${Math.round(seconds / 86400)} days`
}
