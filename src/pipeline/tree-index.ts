/**
 * The index `index` would write for a working tree now, made in memory against an index already
 * loaded (a server's, see ../serve/live-overlay.ts): the same scan rules, the same chunker and
 * settings as that index records, its vectors reused wherever a file or chunk is unchanged, and
 * only new chunks embedded, by a model the caller keeps loaded.
 */
import {
  FORMAT_VERSION,
  TOOL_NAME,
  priorFromIndex,
  type IndexData,
  type LoadedIndex,
  type PriorIndex
} from '../artifact/index.js'
import { chunkingSettings, type ChunkRule, type CountTokens } from '../chunk/index.js'
import type { ScanSettings } from '../config/index.js'
import type { EmbedItem } from '../embed/index.js'
import { scanRepository } from '../scan/index.js'
import { TOOL_VERSION } from '../version.js'
import { assembleRows, planRows } from './plan.js'

/** The index a tree is compared with, and its vectors ready for reuse. */
export interface BaseIndex {
  index: LoadedIndex
  prior: PriorIndex
  /** The rule that makes the chunker the index names. */
  chunker: ChunkRule
}

export interface TreeModel {
  countTokens: CountTokens
  /** The items' vectors, items.length × dimension, the bits an indexing run gives them. */
  embed(items: readonly EmbedItem[]): Promise<Float32Array>
}

export interface TreeIndex {
  /** What writeIndex takes; its manifest's commit is the base's (the tree has none of its own). */
  data: IndexData
  /** Files against the base: new ones, ones whose content differs, ones gone. */
  added: string[]
  changed: string[]
  removed: string[]
  /** The text of every file of the index, as read for it. */
  contents: Map<string, string>
}

const NO_PROGRESS = { update() {}, finish() {} }

/**
 * The base of tree indexes; undefined with the reason when this tool cannot cut chunks as the
 * index's were cut (an index made by another chunker version).
 */
export function baseIndex(index: LoadedIndex): BaseIndex | string {
  const { chunker, max_tokens } = index.manifest.chunking
  const rule = (['syntax', 'lines'] as const).find(
    rule => chunkingSettings(max_tokens, rule).chunker === chunker
  )
  if (rule === undefined)
    return `the index was cut by chunker ${chunker}, which this version does not run`
  return { index, prior: priorFromIndex(index, index.manifest.store_text), chunker: rule }
}

export async function indexTree(
  root: string,
  base: BaseIndex,
  scan: ScanSettings,
  ownPaths: readonly string[],
  /** Loaded on first use: a tree whose files the base holds unchanged, or only fewer, needs none. */
  model: () => Promise<TreeModel>
): Promise<TreeIndex> {
  const { manifest } = base.index
  const scanned = await scanRepository({
    root,
    ...scan,
    ownPaths,
    shard: manifest.shard ?? undefined
  })
  const settings = {
    maxTokens: manifest.chunking.max_tokens,
    storeText: manifest.store_text,
    chunker: base.chunker
  }
  const tokens = { load: async () => ({ countTokens: (await model()).countTokens }) }
  const plan = await planRows(scanned.files, base.prior, settings, tokens, NO_PROGRESS)
  const embedded =
    plan.items.length > 0 ? await (await model()).embed(plan.items) : new Float32Array(0)
  const { files, rows, vectors } = assembleRows(plan, embedded, manifest.model.dimension)

  const before = new Map(manifest.files.map(file => [file.path, file.sha256]))
  const after = new Set(files.map(file => file.path))
  const [added, changed]: string[][] = [[], []]
  const contents = new Map<string, string>()
  for (const file of scanned.files) {
    contents.set(file.path, file.content)
    const sha256 = before.get(file.path)
    if (sha256 !== file.sha256) (sha256 === undefined ? added : changed).push(file.path)
  }
  const skipped = scanned.skipped.map(({ path, reason }) => ({ path, reason }))
  return {
    data: {
      manifest: {
        format: FORMAT_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        model: manifest.model,
        recipe: manifest.recipe,
        chunking: manifest.chunking,
        store_text: manifest.store_text,
        shard: manifest.shard,
        commit: manifest.commit,
        files,
        skipped
      },
      rows,
      vectors
    },
    added,
    changed,
    removed: [...before.keys()].filter(path => !after.has(path)),
    contents
  }
}
