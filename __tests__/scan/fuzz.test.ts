import { seededRandom } from '../../tools/fixture-model/random.js'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { scanRepository } from '../../src/scan/scan.js'
import type { SkipReason } from '../../src/core/scanned-file.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterEach(removeTrees)

const NAME_SYMBOLS = [
  ...'abcxyzABC019',
  ...' .-_#!~[]{}()*?,;=+@$%&\'"`^',
  '\n',
  '\t',
  '\\',
  'é',
  'ß',
  'Ω',
  '中',
  '文',
  '😀',
  'e\u0301'
]
const SPECIAL_NAMES = ['node_modules', '.git', '.env', 'id_rsa', 'credentials', 'x.pem']
const MAX_FILE_BYTES = 2000

type Kind = 'text' | 'invalid-utf8' | 'empty' | 'blank' | 'binary' | 'too-large'
const KINDS: Kind[] = [
  'text',
  'text',
  'text',
  'invalid-utf8',
  'empty',
  'blank',
  'binary',
  'too-large'
]

interface Planned {
  path: string
  /** The file's bytes; for a symbolic link, those of its target if that is a file in root. */
  bytes: Uint8Array
  /** Set for a symbolic link: where it points, as written into the link. */
  linkTo?: string
  /** What the scanner must make of it: its text, a skip reason, or nothing at all. */
  expected: Expected
}

type Expected = { content: string } | { reason: SkipReason } | 'absent'

interface PlannedFile extends Planned {
  kind: Kind
}

/** A random tree under root, and symbolic links in it to its files and folders, to `outside` and to nothing. */
function randomTree(random: () => number, outside: string): Planned[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const name = () => {
    if (random() < 0.1) return pick(SPECIAL_NAMES)
    let text = ''
    const length = 1 + Math.floor(random() * 8)
    while (text.length < length) text += pick(NAME_SYMBOLS)
    return text === '.' || text === '..' ? `${text}x` : text
  }
  const folders = ['']
  const files: PlannedFile[] = []
  const taken = new Set<string>()
  for (let i = 0; i < 4 + Math.floor(random() * 14); i++) {
    const parent = pick(folders)
    const child = parent === '' ? name() : `${parent}/${name()}`
    // One name, one entry: a folder and a file may not share a path, nor one lie under the other.
    if (
      [...taken].some(p => p === child || p.startsWith(`${child}/`) || child.startsWith(`${p}/`))
    ) {
      continue
    }
    if (random() < 0.25) {
      folders.push(child)
      continue
    }
    taken.add(child)
    files.push(plan(child, pick(KINDS), random))
  }
  const planned: Planned[] = [...files]
  for (let i = Math.floor(random() * 4); i > 0; i--) {
    const parent = pick(folders)
    const child = parent === '' ? name() : `${parent}/${name()}`
    if (
      [...taken].some(p => p === child || p.startsWith(`${child}/`) || child.startsWith(`${p}/`))
    ) {
      continue
    }
    taken.add(child)
    const from = parent === '' ? '.' : parent
    const choice = random()
    if (choice < 0.45 && files.length > 0) {
      const target = pick(files)
      planned.push(linkTo(child, path.posix.relative(from, target.path), target))
    } else if (choice < 0.6) {
      // A folder that holds a file, so that it exists.
      const existing = folders.filter(f => f === '' || files.some(p => p.path.startsWith(`${f}/`)))
      planned.push(linkTo(child, path.posix.relative(from, pick(existing)) || '.', 'folder'))
    } else if (choice < 0.8) {
      planned.push(linkTo(child, outside, 'outside'))
    } else {
      planned.push(linkTo(child, `missing-${i}`, 'missing'))
    }
  }
  return planned
}

/** Never listed, whatever it is: inside node_modules or .git. */
function unlisted(file: string): boolean {
  return file.split('/').some(s => s === 'node_modules' || s === '.git')
}

/**
 * The first folder on the way to a file whose name an index cannot hold (a backslash): it is
 * listed once as unsafe-name, and nothing under it is read.
 */
function unsafeFolder(file: string): string | undefined {
  const segments = file.split('/')
  const at = segments.slice(0, -1).findIndex(segment => segment.includes('\\'))
  return at < 0 ? undefined : segments.slice(0, at + 1).join('/')
}

function secretName(file: string): boolean {
  return ['.env', 'id_rsa', 'credentials', 'x.pem'].includes(file.slice(file.lastIndexOf('/') + 1))
}

/** What becomes of any entry, file or link, that its path alone decides; undefined if nothing. */
function byPathAlone(file: string): Expected | undefined {
  if (unlisted(file)) return 'absent'
  if (unsafeFolder(file) !== undefined) return 'absent'
  if (file.includes('\\')) return { reason: 'unsafe-name' }
  return undefined
}

/** A link is never followed: it is listed as a symlink whatever it points to. */
function linkTo(
  link: string,
  target: string,
  to: PlannedFile | 'folder' | 'outside' | 'missing'
): Planned {
  return {
    path: link,
    linkTo: target,
    bytes: typeof to === 'object' ? to.bytes : new Uint8Array(0),
    expected: byPathAlone(link) ?? { reason: 'symlink' }
  }
}

function plan(file: string, kind: Kind, random: () => number): PlannedFile {
  const text = Array.from({ length: 1 + Math.floor(random() * 200) }, () =>
    String.fromCodePoint(
      random() < 0.8 ? 0x20 + Math.floor(random() * 95) : 0xa0 + Math.floor(random() * 0x2000)
    )
  ).join('')
  const content = `${text.trim() === '' ? 'x' : text}\n`
  const bytes: Record<Kind, () => Uint8Array> = {
    text: () => new TextEncoder().encode(content),
    'invalid-utf8': () => Uint8Array.from([...new TextEncoder().encode(content), 0xc3, 0x28, 0xff]),
    empty: () => new Uint8Array(0),
    blank: () => new TextEncoder().encode(' \n\t\r\n'),
    binary: () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
    'too-large': () => new TextEncoder().encode('y'.repeat(MAX_FILE_BYTES + 1))
  }
  const data = bytes[kind]()
  const expected =
    byPathAlone(file) ??
    (secretName(file) ? { reason: 'secret' as const } : readOutcome(kind, data))
  return { path: file, bytes: data, kind, expected }
}

/** What reading a file of this kind gives. */
function readOutcome(kind: Kind, data: Uint8Array): Expected {
  if (kind === 'text' || kind === 'invalid-utf8') return { content: new TextDecoder().decode(data) }
  return { reason: kind === 'blank' ? 'empty' : kind }
}

/** An unsafe folder on the way, unless the way first passes through node_modules or .git. */
function unsafeFolderOf(file: string): string[] {
  const folder = unsafeFolder(file)
  return folder === undefined || unlisted(folder) ? [] : [folder]
}

/** A skipped path as the scan shows it: a backslash doubled. */
function shown(file: string): string {
  return file.replace(/\\/g, '\\\\')
}

describe('scanRepository on random trees', () => {
  it('finds exactly the planned files, links and unsafe names, in order, whatever their names', async () => {
    const random = seededRandom(424242)
    const outside = path.join(await makeTree({ 'outside.md': 'outside root\n' }), 'outside.md')
    for (let round = 0; round < 25; round++) {
      const planned = randomTree(random, outside)
      const root = await makeTree({})
      for (const file of planned.filter(p => p.linkTo === undefined)) {
        const target = path.join(root, ...file.path.split('/'))
        await mkdir(path.dirname(target), { recursive: true })
        await writeFile(target, file.bytes)
      }
      for (const link of planned.filter(p => p.linkTo !== undefined)) {
        const at = path.join(root, ...link.path.split('/'))
        await mkdir(path.dirname(at), { recursive: true })
        await symlink(link.linkTo!, at)
      }
      const result = await scanRepository(optionsFor(root, { maxFileBytes: MAX_FILE_BYTES }))

      const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1)
      const expectedFiles = planned
        .flatMap(p => (typeof p.expected === 'object' && 'content' in p.expected ? [p] : []))
        .sort(byPath)
      const unsafeFolders = [...new Set(planned.flatMap(p => unsafeFolderOf(p.path)))]
      const expectedSkipped = [
        ...planned.flatMap(p =>
          typeof p.expected === 'object' && 'reason' in p.expected
            ? [{ path: shown(p.path), reason: p.expected.reason }]
            : []
        ),
        ...unsafeFolders.map(folder => ({ path: shown(folder), reason: 'unsafe-name' }))
      ].sort(byPath)
      expect(result.files.map(f => [f.path, f.content, f.bytes])).toEqual(
        expectedFiles.map(p => [
          p.path,
          (p.expected as { content: string }).content,
          p.bytes.length
        ])
      )
      expect(result.skipped.map(s => [s.path, s.reason])).toEqual(
        expectedSkipped.map(p => [p.path, p.reason])
      )
    }
  })
})
