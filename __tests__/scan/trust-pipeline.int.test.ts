/**
 * A hostile pull request's tricks through the whole pipeline (scan, embed with the tiny generated model,
 * write): what the index holds, not only what the scan returns.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { fixtureModel } from '../helpers/model.js'
import { recordingLog } from '../helpers/recording-log.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'
import { makeTree, removeTrees } from './support.js'

afterEach(removeTrees)

let model: string
beforeAll(async () => {
  model = await fixtureModel('tiny')
})

const TOKEN = 'TOKEN-IN-GIT-CONFIG-0a7c'

function index(root: string, out: string, ...flags: string[]) {
  return indexWithFlags(['--root', root, '--out', out, ...flags, ...localModelFlags(model)], root)
}

async function indexText(out: string): Promise<string> {
  const names = ['manifest.json', 'chunks.jsonl', 'stats.json']
  return (await Promise.all(names.map(name => readFile(path.join(out, name), 'utf8')))).join('')
}

it('--include docs/** --store-text with docs -> .git indexes nothing of .git/config', async () => {
  const root = await makeTree({
    '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${TOKEN}\n`,
    'readme.md': '# readme\n'
  })
  const outside = await makeTree({ 'notes.md': `outside ${TOKEN}\n` })
  await symlink('.git', path.join(root, 'docs'))
  await symlink(outside, path.join(root, 'linkdir'))
  const out = path.join(await makeTree({}), 'index')
  const { manifest } = await index(
    root,
    out,
    ...['--include', 'docs/**', '--include', 'linkdir/**', '--store-text']
  )
  expect(manifest.files).toEqual([])
  expect(manifest.skipped).toEqual([
    { path: 'docs', reason: 'symlink' },
    { path: 'linkdir', reason: 'symlink' }
  ])
  expect(await indexText(out)).not.toContain(TOKEN)
})

it('a credential in a file keeps the file out of the index; the log names its kind only', async () => {
  const key = 'AKIA' + 'IOSFODNN7EXAMPLE'
  const root = await makeTree({
    'settings.ts': `export const key = '${key}'\n`,
    'line\nbreak.ts': `const again = '${key}'\n`,
    'plain.ts': 'export const answer = 42\n'
  })
  const out = path.join(await makeTree({}), 'index')
  const log = recordingLog()
  const { manifest } = await indexWithFlags(
    ['--root', root, '--out', out, '--store-text', ...localModelFlags(model)],
    root,
    log
  )
  expect(manifest.files.map(file => file.path)).toEqual(['plain.ts'])
  expect(manifest.skipped).toEqual([
    { path: 'line\nbreak.ts', reason: 'secret' },
    { path: 'settings.ts', reason: 'secret' }
  ])
  expect(log.lines).toContain(
    'scan: skipped for a credential in their text: "line\\nbreak.ts" (AWS access key id), "settings.ts" (AWS access key id)'
  )
  expect(log.lines.join('\n')).not.toContain(key)
  expect(await indexText(out)).not.toContain(key)
})

it('the index does not index itself when the root is a link or the output is named ..idx', async () => {
  const root = await makeTree({ 'a.md': '# a\n', 'b.json': '{"b": 1}\n' })
  const via = `${root}-via`
  await symlink(root, via)
  try {
    for (const [rootFlag, out] of [
      [via, path.join(root, 'idx')],
      [root, path.join(root, '..idx')],
      [via, path.join(via, 'nested', '..idx')]
    ]) {
      // Default include: *.json would take in manifest.json and stats.json.
      const first = await index(rootFlag, out, '--stats-json', path.join(via, 'stats-copy.json'))
      const second = await index(rootFlag, out, '--stats-json', path.join(root, 'stats-copy.json'))
      const files = second.manifest.files.map(file => file.path)
      expect({ out, files }).toEqual({ out, files: ['a.md', 'b.json'] })
      expect(second.manifest).toEqual(first.manifest)
      await rm(out, { recursive: true })
    }
  } finally {
    await rm(via)
  }
})

it('unsafe names are listed as skipped in a manifest that verifies; files still refuse them', async () => {
  const root = await makeTree({ 'ok.md': 'ok\n', 'back\\slash.md': 'b\n', 'C:drive.md': 'c\n' })
  for (const byte of [0xfe, 0xff]) {
    await writeFile(
      Buffer.concat([Buffer.from(`${root}/`), Buffer.from([byte, 0x2e, 0x6d, 0x64])]),
      'x\n'
    )
  }
  await mkdir(path.join(root, 'dir\\name'))
  await writeFile(path.join(root, 'dir\\name', 'in.md'), 'in\n')
  const out = path.join(await makeTree({}), 'index')
  const { manifest } = await index(root, out, '--include', '**/*.md')
  expect(manifest.files.map(file => file.path)).toEqual(['ok.md'])
  expect(manifest.skipped).toEqual([
    { path: 'C:drive.md', reason: 'unsafe-name' },
    { path: '\\xfe.md', reason: 'unsafe-name' },
    { path: '\\xff.md', reason: 'unsafe-name' },
    { path: 'back\\\\slash.md', reason: 'unsafe-name' },
    { path: 'dir\\\\name', reason: 'unsafe-name' }
  ])
  expect(await verifyIndex(out)).toMatchObject({ ok: true })
  expect((await readIndex(out)).manifest).toEqual(manifest)

  // The same spelling under files, where a path is joined to a root and opened, is refused.
  const file = path.join(out, 'manifest.json')
  const text = await readFile(file, 'utf8')
  await writeFile(file, text.replace('"path": "ok.md"', '"path": "back\\\\\\\\slash.md"'))
  expect(await verifyIndex(out)).toEqual({
    ok: false,
    reason: expect.stringMatching(/files\[0\]\.path .* contains a backslash/)
  })
})
