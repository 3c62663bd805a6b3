/**
 * The bundle's licence file: which packages it holds (from esbuild's list of bundled files,
 * chunks included), and a file that the licence check reads back with each package's id.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledPackages, renderLicences } from '../bundle-licences.js'
import { parseNccLicences } from '../licenses.js'

test('finds the package of every bundled file, scoped and nested copies apart, once each', () => {
  const inputs = [
    'src/cli.ts',
    'node_modules/@scope/pkg/dist/esm/index.js',
    'node_modules/plain/lib/a.js',
    'node_modules/plain/lib/b.js',
    'node_modules/outer/node_modules/inner/i.js',
    'node_modules/outer/index.js',
    'src/stubs/sharp.ts'
  ]
  expect(bundledPackages(inputs, '/r')).toEqual([
    { name: '@scope/pkg', folder: '/r/node_modules/@scope/pkg' },
    { name: 'inner', folder: '/r/node_modules/outer/node_modules/inner' },
    { name: 'outer', folder: '/r/node_modules/outer' },
    { name: 'plain', folder: '/r/node_modules/plain' }
  ])
  expect(bundledPackages(['src/keyword-worker.ts'], '/r')).toEqual([])
})

test('writes name, id and licence text per package, which the licence check reads back', () => {
  const root = mkdtempSync(join(tmpdir(), 'ei-bundle-licences-'))
  const make = (name: string, pkg: object, files: Record<string, string>) => {
    const folder = join(root, 'node_modules', name)
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, ...pkg }))
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text)
    return { name, folder }
  }
  const text = renderLicences([
    make('@a/mit', { license: 'MIT' }, { LICENSE: 'MIT License\n\nCopyright (c) A\n' }),
    make('old-style', { licenses: [{ type: 'BSD-3-Clause' }] }, { 'LICENCE.md': 'BSD text\n' }),
    make('none', {}, { 'license.txt': 'MIT License\n\nlooks like an id, is text\n' }),
    make('no-file', { license: 'ISC' }, {})
  ])
  expect(text).toContain('@a/mit\nMIT\n\nMIT License\n\nCopyright (c) A\n')
  expect(parseNccLicences(text, 'x')).toEqual([
    { name: '@a/mit', licence: 'MIT', source: 'x' },
    { name: 'old-style', licence: '(BSD-3-Clause)', source: 'x' },
    { name: 'none', licence: undefined, source: 'x' },
    { name: 'no-file', licence: 'ISC', source: 'x' }
  ])
})
