/**
 * Where the text of a chunk comes from: the index's stored text when it has it (store-text),
 * otherwise the working tree under `--root`, only for files whose content still has the indexed
 * sha256. Without either there is no text: search is semantic only and shows no snippets.
 */
import type { ChunkRow, FileEntry, LoadedIndex } from '../artifact/index.js'
import { splitLines } from '../chunk/index.js'
import { linePieces } from './line-pieces.js'
import type { TreeFile, WorkingTree } from './working-tree.js'

export type TextOrigin = 'index' | 'working-tree' | 'none'

interface RowText {
  /** The chunk's text as indexed; absent when there is none to show. */
  text?: string
  /** The file has changed in the working tree since it was indexed (known only with a root). */
  stale: boolean
}

export interface LineRange {
  path: string
  start_line: number
  end_line: number
  text: string
  /** The file changed in the working tree since it was indexed: these are the indexed lines. */
  stale?: true
}

/** The most lines one call of `lines` hands out (a whole file of generated code could be huge). */
export const MAX_LINES = 400

// Reading a whole tree, a few files at a time.
const READ_CONCURRENCY = 8

export class TextSource {
  readonly origin: TextOrigin
  private readonly entries: ReadonlyMap<string, FileEntry>
  /** The texts of the pieces of split long lines met so far, by row (finding them hashes the line). */
  private readonly pieces = new Map<number, string | undefined>()

  /**
   * `held`: the content of files as read when the index was made from the working tree (a tree's
   * index, see ./live-overlay.ts): their text is that content, never stale, whatever the tree
   * holds since, and they are not read again.
   */
  constructor(
    private readonly index: LoadedIndex,
    private readonly tree: WorkingTree | undefined,
    private readonly held: ReadonlyMap<string, string> = new Map()
  ) {
    this.origin = index.manifest.store_text ? 'index' : tree ? 'working-tree' : 'none'
    this.entries = new Map(index.manifest.files.map(file => [file.path, file]))
  }

  /** The file as the tree has it, or as it was read when the index was made; undefined without a tree. */
  private async read(path: string): Promise<TreeFile | undefined> {
    const content = this.held.get(path)
    if (content !== undefined) return { current: true, lines: splitLines(content) }
    return this.tree?.read(path)
  }

  /** Every row's text, for keyword search; undefined for rows of files changed since. */
  async allTexts(): Promise<(string | undefined)[] | undefined> {
    const { rows } = this.index
    if (this.origin === 'index') return rows.map(row => row.text)
    if (this.origin === 'none') return undefined
    const texts: (string | undefined)[] = new Array(rows.length).fill(undefined)
    await this.eachTreeFile((entry, file) => {
      if (!file.current) return
      for (let row = entry.first_row; row < entry.first_row + entry.rows; row++) {
        texts[row] = this.treeText(file.lines, row)
      }
    })
    return texts
  }

  /** The indexed files that changed in the working tree since, or are gone; undefined without one. */
  async staleFiles(): Promise<string[] | undefined> {
    if (this.tree === undefined) return undefined
    const stale = new Set<string>()
    await this.eachTreeFile((entry, file) => {
      if (!file.current) stale.add(entry.path)
    })
    // In index order, whichever read finished first.
    return this.index.manifest.files.map(file => file.path).filter(path => stale.has(path))
  }

  /** Reads every indexed file from the working tree, a few at a time. */
  private async eachTreeFile(visit: (entry: FileEntry, file: TreeFile) => void): Promise<void> {
    const { tree } = this
    if (tree === undefined) return
    const { files } = this.index.manifest
    let next = 0
    const reader = async () => {
      for (let f = next++; f < files.length; f = next++)
        visit(files[f], (await this.read(files[f].path))!)
    }
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader))
  }

  async rowText(row: number): Promise<RowText> {
    const chunk = this.index.rows[row]
    const file = await this.read(chunk.path)
    const stale = file !== undefined && !file.current
    if (this.origin === 'index') return { text: chunk.text, stale }
    return file?.current ? { text: this.treeText(file.lines, row), stale } : { stale }
  }

  /**
   * A row's text from its file's lines as indexed: its lines, or, for a piece of a long line split
   * into several rows (rows that share one line, see ./line-pieces.ts), that piece alone.
   */
  private treeText(lines: readonly string[], row: number): string | undefined {
    const { rows } = this.index
    const chunk = rows[row]
    const line = chunk.start_line
    const piece = (r: number) =>
      rows[r]?.path === chunk.path && rows[r].start_line === line && rows[r].end_line === line
    if (!piece(row) || (!piece(row - 1) && !piece(row + 1))) {
      return lines.slice(chunk.start_line - 1, chunk.end_line).join('\n')
    }
    if (!this.pieces.has(row)) {
      let first = row
      while (piece(first - 1)) first--
      let end = row + 1
      while (piece(end)) end++
      const hashes = rows.slice(first, end).map(r => r.sha256)
      linePieces(lines[line - 1] ?? '', hashes).forEach((text, i) =>
        this.pieces.set(first + i, text)
      )
    }
    return this.pieces.get(row)
  }

  hasFile(path: string): boolean {
    return this.entries.has(path)
  }

  /** Lines start..end of an indexed file (end clipped to its last line), as indexed. */
  async lines(path: string, start: number, end: number): Promise<LineRange> {
    const entry = this.entries.get(path)
    if (entry === undefined) {
      throw new Error(`${JSON.stringify(path)} is not a file of the index (search gives its paths)`)
    }
    if (end < start) throw new Error(`end_line ${end} is before start_line ${start}`)
    if (end - start + 1 > MAX_LINES) {
      throw new Error(
        `lines ${start}-${end} are ${end - start + 1} lines; at most ${MAX_LINES} per call`
      )
    }
    const file = await this.read(path)
    let lines: (string | undefined)[]
    if (this.origin === 'index') {
      lines = storedLines(this.index.rows.slice(entry.first_row, entry.first_row + entry.rows))
    } else if (file?.current) {
      lines = file.lines
    } else {
      throw new Error(
        file === undefined
          ? 'this index has no text: it was built without store-text and the server has no --root'
          : `${JSON.stringify(path)} in the working tree: ${file.reason} since it was indexed, so its indexed lines are not available`
      )
    }
    if (start > lines.length) {
      throw new Error(`start_line ${start} is past the end of ${path} (${lines.length} lines)`)
    }
    const last = Math.min(end, lines.length)
    const range = lines.slice(start - 1, last)
    if (range.includes(undefined)) {
      throw new Error(`lines ${start}-${last} of ${path} are not all in the index's stored text`)
    }
    const stale = file !== undefined && !file.current
    return {
      path,
      start_line: start,
      end_line: last,
      text: range.join('\n'),
      ...(stale ? { stale: true } : {})
    }
  }
}

/**
 * A file's lines rebuilt from its rows' stored text (1-based line n at [n - 1]): a row's text is
 * its lines joined by '\n', and the pieces of a long line, rows that share that one line,
 * concatenate to it. A line no row holds stays undefined; where rows overlap, the first wins.
 */
export function storedLines(rows: readonly ChunkRow[]): (string | undefined)[] {
  const lines: (string | undefined)[] = []
  const set = (line: number, text: string) => {
    if (lines[line - 1] === undefined) lines[line - 1] = text
  }
  for (let i = 0; i < rows.length;) {
    const row = rows[i]
    let end = i + 1
    const single = (r: ChunkRow) => r.start_line === row.start_line && r.end_line === row.start_line
    if (single(row)) while (end < rows.length && single(rows[end])) end++
    if (end > i + 1) {
      set(
        row.start_line,
        rows
          .slice(i, end)
          .map(piece => piece.text ?? '')
          .join('')
      )
    } else {
      const texts = (row.text ?? '').split('\n')
      for (let k = 0; k < texts.length && row.start_line + k <= row.end_line; k++) {
        set(row.start_line + k, texts[k])
      }
    }
    i = end
  }
  return lines
}
