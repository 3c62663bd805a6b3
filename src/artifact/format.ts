/**
 * The index artifact, format `embed-index/2`. This comment is the source of truth for the format;
 * the README summarises it.
 *
 * An index is a folder holding three files. Nothing run-specific (timestamps, durations, host
 * names) goes into them: the same repository and settings give the same bytes.
 *
 * `manifest.json`: JSON with two-space indent, keys in exactly this order, a trailing newline.
 *   format      'embed-index/2'
 *   tool        { name: 'embed-index', version }
 *   model       { id, revision, commit, sha256?, dtype: 'fp32' | 'q8', dimension }: commit is
 *               the hub commit (40 hex digits) the model's files came from, or null for a local
 *               model folder or a hub that did not say; sha256 is there exactly when commit is
 *               null: the digest of the model's files (src/embed/model-digest.ts). A manifest
 *               written before sha256 was recorded may have commit null and no sha256: its
 *               model's files are unknown, and its vectors match no model (./compat.ts)
 *   recipe      how text became vectors (tokenizing, pooling, normalisation): the embedder's
 *               EMBEDDING_RECIPE; a change of it changes vectors, so it is part of what two
 *               indexes must share to mix vectors (./compat.ts)
 *   chunking    { chunker (e.g. 'syntax-cdc/2+1a2b3c4d', or 'lines-cdc/1'), max_tokens }
 *   store_text  whether the rows of chunks.jsonl carry the chunk text
 *   shard       { number, count } (number is 1-based, 1..count) for a shard's index; null for an
 *               index of the whole tree (also what merging the shards gives)
 *   commit      the git commit (40 hex digits) of the indexed tree: GITHUB_SHA in Actions when
 *               the tree is not a git checkout, else `git rev-parse HEAD` there; null outside git.
 *               Every shard of a tree records the same one, and merge refuses shards that differ
 *   counts      { files, chunks, skipped }: the lengths of files, of chunks.jsonl and of skipped
 *   files       [{ path, sha256, bytes, git_blob, first_row, rows }] sorted by path, no
 *               duplicates. sha256 and bytes are of the file's content; git_blob is the git blob id
 *               of that content (what `git hash-object` gives, 40 hex digits). With the tree clean at `commit` and no git filters (line-ending conversion,
 *               LFS), `git cat-file blob <git_blob>` gives the file's bytes. The file's chunks are
 *               the rows first_row .. first_row + rows - 1, so the files, in order, cover all
 *               rows contiguously (a file without chunks has rows 0 and first_row where it would
 *               start).
 *   skipped     [{ path, reason }] sorted by path, no duplicates, no path that is also in files
 *   checksums   { 'chunks.jsonl': sha256, 'vectors.npy': sha256 } of those files' bytes
 *
 * `chunks.jsonl`: one compact JSON object per vector row, each line ending in '\n' (empty file
 * for no rows): { path, start_line, end_line, tokens, sha256, language } plus `symbol` where the
 * chunk has one, plus `text` exactly when store_text. Lines are 1-based and inclusive; sha256 is
 * the chunker's hash of the chunk, used to reuse its vector in a later run. language is the
 * file's language as the chunker knows it ('typescript', 'python', 'markdown'...; see
 * src/chunk/languages.ts), or null. symbol is { path, kind }: the declaration holding the first of
 * the chunk's lines that lies in one (the declaration the chunk starts in, or else the first it
 * holds; since syntax-cdc/2), as a path of `kind name` steps from the outermost
 * ('class Cluster > method run'; Markdown: 'section Install > section Linux') and the innermost
 * step's kind ('method'). defines (since syntax-cdc/2, on every row of a file the syntax chunker
 * parsed, possibly empty) lists what the chunk defines: each declaration whose first line (not
 * its leading comments) lies in the chunk, and each top-level constant or variable (`const LIMIT
 * = 5`, a Python module assignment, Go `const`/`var`, Rust `const`/`static`), as
 * [{ path, kind, line }] in line order: path as symbol's ('class Router > method handle',
 * 'constant LIMIT'; at most MAX_SYMBOL_PATH_BYTES bytes of UTF-8, outer steps dropped first),
 * kind ('method', 'constant', 'variable'...), line the 1-based line it begins on, within the
 * row's lines; at most MAX_ROW_DEFINES entries (the first ones). A row without defines (an older
 * index) is read as defining its symbol. Rows are in canonical order: path (UTF-16 code-unit order, i.e. JS `<`),
 * then start_line, then order of appearance (the pieces of a long line share a start_line).
 *
 * `vectors.npy`: NPY 1.0, dtype '<f4', fortran_order False, shape (chunks, dimension), row i is
 * the L2-normalised embedding of chunks.jsonl row i. The header is written exactly as numpy's
 * `np.save` writes it: padded with spaces, ended by '\n', data starting at a multiple of 64 bytes.
 * Zero chunks give shape (0, dimension).
 *
 * Paths are relative POSIX paths inside the repository: no leading '/', no drive letter, no '.',
 * '..' or empty segments, no backslash, no NUL. Hashes are lowercase hex SHA-256.
 *
 * Writing (./write.ts) swaps a new index in with renames, so that a reader always finds a whole
 * index once there was one. The new files are staged, complete and synced, in `.embed-index-next/`;
 * the old index's files are kept, as hard links, in `.embed-index-prev/`; then the new files are
 * renamed into place, manifest.json last, and both folders removed. A writer killed halfway
 * through the renames leaves a mix of old and new files beside a whole `.embed-index-prev/`:
 * readers (./read.ts) then read that, and the next writer restores it before anything else.
 * A folder with neither a readable manifest.json nor `.embed-index-prev/` holds no index.
 *
 * `stats.json` (optional): throughput figures of the run that wrote the index. It is run-specific,
 * not covered by the checksums, and removed whenever a new index is written to the folder.
 */
import type { ModelIdentity } from '../core/index.js'
import type { Shard } from '../core/index.js'

export const FORMAT_VERSION = 'embed-index/2'
export const TOOL_NAME = 'embed-index'

export const MANIFEST_FILE = 'manifest.json'
export const CHUNKS_FILE = 'chunks.jsonl'
export const VECTORS_FILE = 'vectors.npy'
export const STATS_FILE = 'stats.json'
/** The new index, staged whole before the swap. */
export const NEXT_DIR = '.embed-index-next'
/** The old index, kept whole (hard links) while the swap runs. */
export const PREV_DIR = '.embed-index-prev'

export interface ChunkRow {
  path: string
  start_line: number
  end_line: number
  tokens: number
  sha256: string
  language: string | null
  /** Present exactly when the chunk lies in a declaration (or a Markdown section). */
  symbol?: RowSymbol
  /** What the chunk defines; present on the rows of files the syntax chunker parsed. */
  defines?: RowDefinition[]
  /** Present exactly when the manifest's store_text is true. */
  text?: string
}

export interface RowSymbol {
  path: string
  kind: string
}

/** A declaration, constant or variable that begins in a row's chunk (see defines above). */
export interface RowDefinition extends RowSymbol {
  /** 1-based. */
  line: number
}

export interface FileEntry {
  path: string
  sha256: string
  bytes: number
  git_blob: string
  first_row: number
  rows: number
}

export interface SkippedEntry {
  path: string
  reason: string
}

/** The model that made the index's vectors (see ModelIdentity). */
export type IndexModel = ModelIdentity

export interface Chunking {
  chunker: string
  max_tokens: number
}

interface Counts {
  files: number
  chunks: number
  skipped: number
}

export interface Checksums {
  'chunks.jsonl': string
  'vectors.npy': string
}

export interface Manifest {
  format: typeof FORMAT_VERSION
  tool: { name: typeof TOOL_NAME; version: string }
  model: IndexModel
  recipe: string
  chunking: Chunking
  store_text: boolean
  shard: Shard | null
  commit: string | null
  counts: Counts
  files: FileEntry[]
  skipped: SkippedEntry[]
  checksums: Checksums
}

/** What a writer supplies: counts and checksums are derived from the rest. */
export interface IndexData {
  manifest: Omit<Manifest, 'checksums' | 'counts'>
  rows: ChunkRow[]
  /** rows.length × dimension values, row-major. */
  vectors: Float32Array
}

/** An index as read back from disk. */
export type LoadedIndex = IndexData & { manifest: Manifest }
