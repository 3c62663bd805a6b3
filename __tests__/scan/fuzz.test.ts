import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { scanRepository } from '../../src/scan/scan.js'
import type { SkipReason } from '../../src/scan/types.js'
import { seededRandom } from '../chunk/support.js'
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
  bytes: Uint8Array
  /** What the scanner must make of it: its text, a skip reason, or nothing at all. */
  expected: { content: string } | { reason: SkipReason } | 'absent'
}

function randomTree(random: () => number): Planned[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const name = () => {
    if (random() < 0.1) return pick(SPECIAL_NAMES)
    let text = ''
    const length = 1 + Math.floor(random() * 8)
    while (text.length < length) text += pick(NAME_SYMBOLS)
    return text === '.' || text === '..' ? `${text}x` : text
  }
  const folders = ['']
  const planned: Planned[] = []
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
    planned.push(plan(child, pick(KINDS), random))
  }
  return planned
}

function plan(file: string, kind: Kind, random: () => number): Planned {
  const segments = file.split('/')
  const last = segments[segments.length - 1]
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
  let expected: Planned['expected']
  if (file.includes('\\') || segments.some(s => s === 'node_modules' || s === '.git')) {
    expected = 'absent'
  } else if (['.env', 'id_rsa', 'credentials', 'x.pem'].includes(last)) {
    expected = { reason: 'secret' }
  } else if (kind === 'text' || kind === 'invalid-utf8') {
    expected = { content: new TextDecoder().decode(data) }
  } else {
    expected = { reason: kind === 'blank' ? 'empty' : kind }
  }
  return { path: file, bytes: data, expected }
}

describe('scanRepository on random trees', () => {
  it('finds exactly the planned files, in order, whatever their names', async () => {
    const random = seededRandom(424242)
    for (let round = 0; round < 25; round++) {
      const planned = randomTree(random)
      const root = await makeTree({})
      for (const file of planned) {
        const target = path.join(root, ...file.path.split('/'))
        await mkdir(path.dirname(target), { recursive: true })
        await writeFile(target, file.bytes)
      }
      const result = await scanRepository(optionsFor(root, { maxFileBytes: MAX_FILE_BYTES }))

      const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1)
      const expectedFiles = planned
        .flatMap(p => (typeof p.expected === 'object' && 'content' in p.expected ? [p] : []))
        .sort(byPath)
      const expectedSkipped = planned
        .flatMap(p => (typeof p.expected === 'object' && 'reason' in p.expected ? [p] : []))
        .sort(byPath)
      expect(result.files.map(f => [f.path, f.content, f.bytes])).toEqual(
        expectedFiles.map(p => [
          p.path,
          (p.expected as { content: string }).content,
          p.bytes.length
        ])
      )
      expect(result.skipped.map(s => [s.path, s.reason])).toEqual(
        expectedSkipped.map(p => [p.path, (p.expected as { reason: SkipReason }).reason])
      )
    }
  })
})
