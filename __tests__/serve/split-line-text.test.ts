/**
 * Text from the working tree for the pieces of a long line split into several rows: each piece
 * gets its own span, found by its row hash, not the whole line; a 1 MB line costs seconds, not
 * minutes and gigabytes.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChunkRow, LoadedIndex } from '../../src/artifact/format.js'
import { linePieces } from '../../src/serve/line-pieces.js'
import { TextSource } from '../../src/serve/text-source.js'
import { WorkingTree } from '../../src/serve/working-tree.js'
import { removeTempDirs, sha256, syntheticIndex, tempDir } from '../artifact/synthetic.js'

afterAll(removeTempDirs)

/** Cuts `line` into pieces of about `size` characters (never inside a surrogate pair). */
function cut(line: string, size: number): string[] {
  const pieces: string[] = []
  for (let at = 0; at < line.length;) {
    let end = Math.min(line.length, at + size)
    const unit = line.charCodeAt(end - 1)
    if (unit >= 0xd800 && unit <= 0xdbff) end++
    pieces.push(line.slice(at, end))
    at = end
  }
  return pieces
}

/** An index of one file, `first\n<long line>\nlast\n`, its long line split into `pieces`. */
async function indexed(pieces: string[]): Promise<{ source: TextSource; index: LoadedIndex }> {
  const root = await tempDir()
  const path = 'app.min.js'
  const content = `first\n${pieces.join('')}\nlast\n`
  await writeFile(join(root, path), content)
  const row = (line: number, text: string): ChunkRow => ({
    path,
    start_line: line,
    end_line: line,
    tokens: 1,
    sha256: sha256(text),
    language: null
  })
  const rows = [row(1, 'first'), ...pieces.map(piece => row(2, piece)), row(3, 'last')]
  const { manifest } = syntheticIndex({ seed: 1, files: 0 })
  const files = [
    {
      path,
      sha256: sha256(content),
      bytes: Buffer.byteLength(content),
      git_blob: '0'.repeat(40),
      first_row: 0,
      rows: rows.length
    }
  ]
  const index: LoadedIndex = {
    manifest: {
      ...manifest,
      store_text: false,
      files,
      counts: { files: 1, chunks: rows.length, skipped: 0 },
      checksums: { 'chunks.jsonl': sha256(''), 'vectors.npy': sha256('') }
    },
    rows,
    vectors: new Float32Array(rows.length * manifest.model.dimension)
  }
  return { source: new TextSource(index, await WorkingTree.open(root, files)), index }
}

test('each piece of a split line gets its own span as text, for search and for snippets', async () => {
  const line = 'const é = "𝒳"; '.repeat(400)
  const pieces = cut(line, 97)
  const { source } = await indexed(pieces)
  expect(await source.allTexts()).toEqual(['first', ...pieces, 'last'])
  expect(await source.rowText(3)).toEqual({ text: pieces[2], stale: false })
})

test('a 1 MB minified line gives pieces of their own size, in bounded time', async () => {
  const line = 'var a=b+c(d,e);'.repeat(70_000)
  const pieces = cut(line, 800)
  const { source } = await indexed(pieces)
  const started = performance.now()
  const texts = (await source.allTexts())!
  // About a second on an idle machine; copies of the whole line took minutes and gigabytes.
  expect(performance.now() - started).toBeLessThan(20_000)
  expect(texts.slice(1, -1)).toEqual(pieces)
  expect(texts.reduce((sum, text) => sum + text!.length, 0)).toBe(line.length + 'firstlast'.length)
})

test('pieces whose hashes match no span of the line get no text', () => {
  const pieces = ['abc ', 'def ', 'ghi']
  expect(linePieces(pieces.join(''), [sha256('abc '), sha256('xyz'), sha256('ghi')])).toEqual([
    'abc ',
    undefined,
    undefined
  ])
})
