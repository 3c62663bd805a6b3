/**
 * Repositories nobody curated, end to end through runIndex: every file is either indexed, whole and
 * under its real name, or skipped with its reason; nothing outside the root is read; the run
 * completes and the index verifies.
 */
import { seededRandom } from '../../tools/fixture-model/random.js'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Chunk } from '../../src/chunk/line-rule.js'
import type { ChunkRow } from '../../src/artifact/format.js'
import { comparePaths } from '../../src/core/paths.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import type { SkipReason } from '../../src/core/scanned-file.js'
import { expectedLines, rebuildLines } from '../helpers/chunk-text.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { useTinyWorkspace } from '../helpers/workspace.js'

const MiB = 1024 * 1024
const OUTSIDE_MARKER = 'OUTSIDE-THE-ROOT-7f3a'
const SECRET_MARKER = 'SECRET-TOKEN-91c2'

const space = useTinyWorkspace('ei-hostile-')

function index(args: string[]) {
  return indexWithFlags(args, space.work)
}

/** What must become of each path made under root; a path not listed must not appear at all. */
type Outcome = 'indexed' | SkipReason

describe('a hostile tree', () => {
  const planned = new Map<string, Outcome>()
  let root: string

  const file = async (path: string, content: string | Uint8Array, outcome?: Outcome) => {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
    if (outcome !== undefined) planned.set(path, outcome)
  }
  const link = async (path: string, target: string, outcome?: Outcome) => {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await symlink(target, join(root, path))
    if (outcome !== undefined) planned.set(path, outcome)
  }

  // Words of 120 letters are one [UNK] token each: a 10 MB line that is quick to embed.
  const random = seededRandom(2024)
  const word = () =>
    Array.from({ length: 120 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('')
  const longLine = Array.from({ length: Math.ceil((10 * MiB) / 121) }, word)
    .join(' ')
    .slice(0, 10 * MiB)

  beforeAll(async () => {
    root = join(space.work, 'repo')
    const outside = join(space.work, 'outside')
    await mkdir(outside)
    await writeFile(join(outside, 'secret.txt'), `${OUTSIDE_MARKER}\n`)

    // Binary content behind text extensions, and sizes.
    await file(
      'binary.ts',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'binary'
    )
    await file('control.md', Buffer.alloc(200, '\x01\x02ab'), 'binary')
    await file('nul.txt', 'text before\0and after a NUL\n', 'binary')
    await file('huge.txt', Buffer.alloc(50 * MiB, 'fifty megabytes of text\n'), 'too-large')
    await file('long-line.txt', longLine, 'indexed')
    await file('zero.txt', '', 'empty')
    await file('blank.md', ' \n\t\r\n  \n', 'empty')

    // Encodings and line endings.
    await file(
      'invalid-utf8.txt',
      Buffer.from([0x61, 0xff, 0xfe, 0x62, 0xc3, 0x28, 0x0a]),
      'indexed'
    )
    await file('bom.txt', Buffer.from('\ufeffafter a byte order mark\n'), 'indexed')
    await file('crlf.txt', 'one\r\ntwo\r\nthree\r\n', 'indexed')
    await file('cr.txt', 'one\rtwo\rthree', 'indexed')
    await file('mixed.txt', 'one\r\ntwo\rthree\nfour', 'indexed')
    await file('emoji-cjk.md', '# 你好，世界 😀\n日本語のテキスト 👍🏽 한국어\n', 'indexed')

    // 200 folders deep.
    await file(`deep/${'d/'.repeat(199)}bottom.md`, 'at the bottom\n', 'indexed')

    // Names a shell or a JSON writer could trip on.
    for (const name of [
      'with space.md',
      "quote\"s and 'apostrophes'.md",
      'new\nline.md',
      'carriage\rreturn.md',
      'tab\there.md',
      'naïve café/文件 😀.md',
      '-leading-dash.md',
      '#hash!bang?.md',
      '[brackets]{braces}(parens)*.md'
    ]) {
      await file(`names/${name}`, `a file named ${name}\n`, 'indexed')
    }

    // Secrets, and folders never indexed.
    await file('.env', `TOKEN=${SECRET_MARKER}\n`, 'secret')
    await file('keys/id_rsa', `${SECRET_MARKER}\n`, 'secret')
    await file('config/credentials.json', `{"token": "${SECRET_MARKER}"}\n`, 'secret')
    await file('node_modules/pkg/index.js', 'module.exports = 1\n')
    await file('.git/config', `[remote "origin"]\n\turl = https://${SECRET_MARKER}@host\n`)

    // A FIFO is not a file: neither listed nor opened (opening it could block).
    execFileSync('mkfifo', [join(root, 'fifo.txt')])

    // Symbolic links: never followed, whatever they point to; each is listed as skipped.
    await link('links/inside.md', '../emoji-cjk.md', 'symlink')
    await link('links/loop-a.txt', 'loop-b.txt', 'symlink')
    await link('links/loop-b.txt', 'loop-a.txt', 'symlink')
    await link('links/self', '.', 'symlink')
    await link('links/parent', '..', 'symlink')
    await link('links/dangling.md', 'nowhere.md', 'symlink')
    await link('links/fifo.txt', '../fifo.txt', 'symlink')
    await link('links/outside-absolute.txt', join(outside, 'secret.txt'), 'symlink')
    await link('links/outside-relative.txt', '../../outside/secret.txt', 'symlink')
    await link('links/outside-dir', outside, 'symlink')
    await link('links/up', '../..', 'symlink')
    await link('links/to-env.md', '../.env', 'symlink')
    await link('links/to-git.md', '../.git/config', 'symlink')
  })

  it('is indexed or skipped file by file, under the real names, every character kept', async () => {
    const out = join(space.work, 'index')
    await index([
      '--root',
      root,
      '--out',
      out,
      '--include',
      '**/*',
      '--max-file-bytes',
      String(11 * MiB),
      '--store-text',
      '--workers',
      '2',
      ...space.modelFlags
    ])

    expect(await verifyIndex(out)).toMatchObject({ ok: true })
    const { manifest, rows } = await readIndex(out)
    const byPath = ([a]: [string, Outcome], [b]: [string, Outcome]) => comparePaths(a, b)
    const outcomes = [...planned].sort(byPath)
    expect(manifest.files.map(f => f.path)).toEqual(
      outcomes.filter(([, outcome]) => outcome === 'indexed').map(([path]) => path)
    )
    expect(manifest.skipped).toEqual(
      outcomes
        .filter(([, outcome]) => outcome !== 'indexed')
        .map(([path, reason]) => ({ path, reason }))
    )

    // Each indexed file: its real bytes, all its text in its rows.
    for (const entry of manifest.files) {
      const bytes = readFileSync(join(root, entry.path))
      expect([entry.path, entry.bytes, entry.sha256]).toEqual([
        entry.path,
        bytes.length,
        createHash('sha256').update(bytes).digest('hex')
      ])
      const own = rows.slice(entry.first_row, entry.first_row + entry.rows)
      expect(rebuildLines(own.map(asChunk))).toEqual(expectedLines(new TextDecoder().decode(bytes)))
    }
    const rowsOf = (path: string): ChunkRow[] => rows.filter(row => row.path === path)
    const long = rowsOf('long-line.txt')
    expect(long.length).toBeGreaterThan(100)
    expect(long.every(row => row.start_line === 1 && row.end_line === 1)).toBe(true)
    expect(long.map(row => row.text).join('')).toBe(longLine)
    for (const path of ['crlf.txt', 'cr.txt']) expect(rowsOf(path).at(-1)?.end_line).toBe(3)
    expect(rowsOf('mixed.txt').at(-1)?.end_line).toBe(4)
    expect(rowsOf('invalid-utf8.txt')[0].text).toBe('a\ufffd\ufffdb\ufffd(')
    expect(rowsOf('bom.txt')[0].text).toBe('after a byte order mark')

    const artifact = ['manifest.json', 'chunks.jsonl'].map(name =>
      readFileSync(join(out, name), 'utf8')
    )
    for (const text of artifact) {
      expect(text).not.toContain(OUTSIDE_MARKER)
      expect(text).not.toContain(SECRET_MARKER)
    }
  })
})

function asChunk(row: ChunkRow): Chunk {
  return {
    startLine: row.start_line,
    endLine: row.end_line,
    text: row.text ?? '',
    tokens: row.tokens,
    sha256: row.sha256
  }
}

test('secret-looking files are skipped and listed unless allowed; text is stored only on request', async () => {
  const root = join(space.work, 'secrets')
  await mkdir(root)
  await writeFile(join(root, '.env'), `TOKEN=${SECRET_MARKER}\n`)
  await writeFile(join(root, 'notes.md'), 'PLAIN-TEXT-MARKER in an ordinary file\n')
  const artifactText = async (out: string) =>
    (
      await Promise.all(
        ['manifest.json', 'chunks.jsonl', 'vectors.npy', 'stats.json'].map(name =>
          readFile(join(out, name), 'latin1')
        )
      )
    ).join('')

  const guarded = join(space.work, 'secrets-default')
  const first = await index([
    '--root',
    root,
    '--out',
    guarded,
    '--include',
    '**/*',
    ...space.modelFlags
  ])
  expect(first.manifest.skipped).toEqual([{ path: '.env', reason: 'secret' }])
  expect(first.manifest.files.map(f => f.path)).toEqual(['notes.md'])
  expect((await readIndex(guarded)).rows.every(row => !('text' in row))).toBe(true)
  const stored = await artifactText(guarded)
  expect(stored).not.toContain(SECRET_MARKER)
  expect(stored).not.toContain('PLAIN-TEXT-MARKER')

  const open = join(space.work, 'secrets-allowed')
  const second = await index([
    '--root',
    root,
    '--out',
    open,
    '--include',
    '**/*',
    '--no-exclude-secrets',
    '--store-text',
    ...space.modelFlags
  ])
  expect(second.manifest.skipped).toEqual([])
  expect(second.manifest.files.map(f => f.path)).toEqual(['.env', 'notes.md'])
  expect(await artifactText(open)).toContain(SECRET_MARKER)
})
