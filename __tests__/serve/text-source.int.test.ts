/**
 * Chunk text for snippets, keyword search and get_chunk: from the index's stored text, or from
 * the working tree only while a file still has its indexed content; never from outside the root.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ChunkRow, FileEntry, LoadedIndex } from '../../src/artifact/format.js'
import { MAX_LINES, storedLines, TextSource } from '../../src/serve/text-source.js'
import { WorkingTree } from '../../src/serve/working-tree.js'
import { removeTempDirs, sha256, syntheticIndex, tempDir } from '../artifact/synthetic.js'

afterAll(removeTempDirs)

/** An index of these files, one row per two lines, as the working tree `root` holds them. */
function indexOf(files: Record<string, string>, storeText: boolean): LoadedIndex {
  const rows: ChunkRow[] = []
  const entries: FileEntry[] = Object.keys(files)
    .sort()
    .map(path => {
      const content = files[path]
      const lines = content.replace(/\n$/, '').split('\n')
      const first_row = rows.length
      for (let start = 1; start <= lines.length; start += 2) {
        const text = lines.slice(start - 1, start + 1).join('\n')
        const end = Math.min(start + 1, lines.length)
        rows.push({
          path,
          start_line: start,
          end_line: end,
          language: null,
          tokens: 1,
          sha256: sha256(text),
          ...(storeText ? { text } : {})
        })
      }
      const bytes = Buffer.byteLength(content)
      return {
        path,
        sha256: sha256(content),
        bytes,
        git_blob: '0'.repeat(40),
        first_row,
        rows: rows.length - first_row
      }
    })
  const { manifest } = syntheticIndex({ seed: 1, files: 0 })
  return {
    manifest: {
      ...manifest,
      store_text: storeText,
      files: entries,
      counts: { files: entries.length, chunks: rows.length, skipped: 0 },
      checksums: { 'chunks.jsonl': sha256(''), 'vectors.npy': sha256('') }
    },
    rows,
    vectors: new Float32Array(rows.length * manifest.model.dimension)
  }
}

const FILES = {
  'src/a.ts': 'line 1\nline 2\nline 3\n',
  'src/b.ts': 'one\ntwo\nthree\nfour\n',
  'link.ts': 'one\ntwo\nthree\nfour\n'
}

async function treeOf(files: Record<string, string>): Promise<string> {
  const root = await tempDir()
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

describe('the working tree', () => {
  let root: string
  let index: LoadedIndex
  let texts: TextSource

  beforeEach(async () => {
    root = await treeOf(FILES)
    // A link inside the root is read through; the index lists it under the link's path.
    await rm(join(root, 'link.ts'))
    await symlink(join(root, 'src/b.ts'), join(root, 'link.ts'))
    index = indexOf(FILES, false)
    texts = new TextSource(index, await WorkingTree.open(root, index.manifest.files))
  })

  it('gives the lines of files with their indexed content', async () => {
    expect(texts.origin).toBe('working-tree')
    expect(await texts.allTexts()).toEqual([
      'one\ntwo',
      'three\nfour',
      'line 1\nline 2',
      'line 3',
      'one\ntwo',
      'three\nfour'
    ])
    expect(await texts.rowText(2)).toEqual({ text: 'line 1\nline 2', stale: false })
    expect(await texts.lines('src/b.ts', 2, 3)).toEqual({
      path: 'src/b.ts',
      start_line: 2,
      end_line: 3,
      text: 'two\nthree'
    })
    expect(await texts.staleFiles()).toEqual([])
  })

  it('reports a file edited, deleted, or grown since it was indexed as stale, never its lines', async () => {
    await writeFile(join(root, 'src/a.ts'), 'line 1\nline 2 edited\nline 3\n')
    await unlink(join(root, 'src/b.ts')) // link.ts now dangles too
    expect(await texts.rowText(2)).toEqual({ stale: true })
    await expect(texts.lines('src/a.ts', 1, 1)).rejects.toThrow(
      '"src/a.ts" in the working tree: changed since it was indexed, so its indexed lines are not available'
    )
    await expect(texts.lines('src/b.ts', 1, 1)).rejects.toThrow(
      /"src\/b\.ts" in the working tree: missing since/
    )
    expect(await texts.staleFiles()).toEqual(['link.ts', 'src/a.ts', 'src/b.ts'])
    expect(await texts.allTexts()).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined
    ])

    // Restored to the indexed bytes: current again.
    await writeFile(join(root, 'src/a.ts'), FILES['src/a.ts'])
    expect(await texts.rowText(3)).toEqual({ text: 'line 3', stale: false })
    // Grown with the indexed content as its start: not read past the indexed size, stale.
    await writeFile(join(root, 'src/a.ts'), FILES['src/a.ts'] + 'more\n')
    expect(await texts.rowText(3)).toEqual({ stale: true })
  })

  it('never reads outside the root, nor blocks on a FIFO', async () => {
    const outside = await treeOf({ 'b.ts': FILES['src/b.ts'] })
    await rm(join(root, 'src/b.ts'))
    await symlink(join(outside, 'b.ts'), join(root, 'src/b.ts'))
    const tree = await WorkingTree.open(root, index.manifest.files)
    expect(await tree.read('src/b.ts')).toEqual({ current: false, reason: 'outside the root' })
    expect(await tree.read('elsewhere.ts')).toEqual({ current: false, reason: 'not in the index' })
    await rm(join(root, 'src/a.ts'))
    execFileSync('mkfifo', [join(root, 'src/a.ts')])
    expect(await tree.read('src/a.ts')).toEqual({ current: false, reason: 'changed' })
  })
})

describe('stored text', () => {
  const index = indexOf(FILES, true)

  it('gives rows and line ranges from the index, stale when the tree has changed', async () => {
    const alone = new TextSource(index, undefined)
    expect(alone.origin).toBe('index')
    expect(await alone.rowText(3)).toEqual({ text: 'line 3', stale: false })
    expect(await alone.lines('src/b.ts', 2, 99)).toMatchObject({
      start_line: 2,
      end_line: 4,
      text: 'two\nthree\nfour'
    })
    expect(await alone.staleFiles()).toBeUndefined()

    const root = await treeOf({ ...FILES, 'src/b.ts': 'one\nTWO\nthree\nfour\n' })
    const withTree = new TextSource(index, await WorkingTree.open(root, index.manifest.files))
    expect(await withTree.rowText(4)).toEqual({ text: 'one\ntwo', stale: true })
    expect(await withTree.rowText(0)).toEqual({ text: 'one\ntwo', stale: false })
    expect(await withTree.lines('src/b.ts', 1, 2)).toEqual({
      path: 'src/b.ts',
      start_line: 1,
      end_line: 2,
      text: 'one\ntwo',
      stale: true
    })
  })

  it('rebuilds a file from its rows: pieces of a long line join, a line no row holds is missing', () => {
    const row = (start_line: number, end_line: number, text: string): ChunkRow => ({
      path: 'f',
      start_line,
      end_line,
      language: null,
      tokens: 1,
      sha256: sha256(text),
      text
    })
    const lines = storedLines([
      row(1, 2, 'a\nb'),
      row(3, 3, 'long '),
      row(3, 3, 'line'),
      row(5, 5, 'e')
    ])
    expect(lines).toHaveLength(5)
    expect([0, 1, 2, 3, 4].map(i => lines[i])).toEqual(['a', 'b', 'long line', undefined, 'e'])
  })

  it('refuses unknown paths and bad ranges, naming what is accepted', async () => {
    const texts = new TextSource(index, undefined)
    await expect(texts.lines('nope.ts', 1, 1)).rejects.toThrow(
      '"nope.ts" is not a file of the index'
    )
    await expect(texts.lines('src/a.ts', 3, 2)).rejects.toThrow('end_line 2 is before start_line 3')
    await expect(texts.lines('src/a.ts', 4, 4)).rejects.toThrow(
      'start_line 4 is past the end of src/a.ts (3 lines)'
    )
    await expect(texts.lines('src/a.ts', 1, MAX_LINES + 1)).rejects.toThrow(
      `at most ${MAX_LINES} per call`
    )
  })
})

test('without stored text or a working tree there is no text', async () => {
  const texts = new TextSource(indexOf(FILES, false), undefined)
  expect(texts.origin).toBe('none')
  expect(await texts.allTexts()).toBeUndefined()
  expect(await texts.rowText(0)).toEqual({ stale: false })
  await expect(texts.lines('src/a.ts', 1, 1)).rejects.toThrow(/this index has no text/)
})
