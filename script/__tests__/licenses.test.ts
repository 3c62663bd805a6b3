/**
 * The licence check of dist/: what ncc's licence files and the copied packages say is judged
 * against the allow-list, and every refusal names the package (copyleft, unknown, missing).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkLicences, isAllowed, parseNccLicences } from '../licenses.js'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

const APACHE_TAIL = `   END OF TERMS AND CONDITIONS

   Copyright 2024 Someone

   Licensed under the Apache License, Version 2.0 (the "License");`

/** An ncc licence file as its renderer writes one: sorted, name / id / text, blank lines apart. */
function nccFile(entries: [string, string | undefined, string | undefined][]): string {
  return (
    entries
      .map(([name, id, text]) => name + (id ? `\n${id}` : '') + (text ? `\n${text}` : '') + '\n\n')
      .join('')
      .trim() + '\n'
  )
}

function root(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ei-licences-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  return dir
}

const lockfile = (packages: Record<string, string | undefined>) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: Object.fromEntries(
      Object.entries(packages).map(([path, license]) => [path, license ? { license } : {}])
    )
  })

test('parses entries with an id, without one, and with licence texts holding blank lines', () => {
  const text = nccFile([
    ['@scope/apache-thing', 'Apache-2.0', `Apache License\n\n${APACHE_TAIL}`],
    ['no-id', undefined, undefined],
    ['plain', 'MIT', 'MIT License\n\nCopyright (c) x\n\nPermission is hereby granted, ...'],
    ['text-without-id', undefined, 'Copyright (c) 2020, someone: all rights reserved']
  ])
  expect(parseNccLicences(text, 'f')).toEqual([
    { name: '@scope/apache-thing', licence: 'Apache-2.0', source: 'f' },
    { name: 'no-id', licence: undefined, source: 'f' },
    { name: 'plain', licence: 'MIT', source: 'f' },
    { name: 'text-without-id', licence: undefined, source: 'f' }
  ])
})

test.each([
  ['MIT', true],
  ['apache-2.0', true],
  ['(MIT OR CC0-1.0)', true],
  ['(Apache-2.0 AND BSD-3-Clause)', true],
  ['MIT OR GPL-3.0-only', true],
  ['Apache-2.0 AND LGPL-3.0-or-later', false],
  ['GPL-2.0-or-later', false],
  ['Apache-2.0 WITH LLVM-exception', false],
  ['MIT/X11', false],
  ['SEE LICENSE IN LICENSE.md', false],
  ['(MIT', false],
  ['MIT OR', false],
  ['', false]
])('the SPDX expression %j is allowed: %s', (expression, allowed) => {
  expect(isAllowed(expression)).toBe(allowed)
})

test('refuses copyleft, unknown and missing licences, naming each package and where it was read', () => {
  const dir = root({
    'dist/index.licenses.txt': nccFile([
      ['copyleft-dep', 'GPL-3.0-only', 'GNU GENERAL PUBLIC LICENSE'],
      ['fine-dep', 'ISC', 'ISC License'],
      ['locked-mit', undefined, undefined],
      ['locked-nothing', undefined, undefined],
      ['odd-dep', 'WTFPL', 'DO WHAT THE ...']
    ]),
    'dist/worker.licenses.txt': nccFile([['fine-too', '0BSD', undefined]]),
    'dist/node_modules/native-dep/package.json': JSON.stringify({ license: 'LGPL-2.1' }),
    'dist/node_modules/@scope/copied/package.json': JSON.stringify({ license: 'MIT' }),
    'dist/node_modules/bare/index.js': '',
    'package-lock.json': lockfile({
      'node_modules/locked-mit': 'MIT',
      'node_modules/other/node_modules/locked-mit': 'MIT',
      'node_modules/locked-nothing': undefined
    })
  })
  const { packages, problems } = checkLicences(dir)
  expect(problems).toEqual([
    'copyleft-dep: GPL-3.0-only (dist/index.licenses.txt): copyleft',
    'locked-nothing: none (dist/index.licenses.txt, package-lock.json): no licence recorded',
    'odd-dep: WTFPL (dist/index.licenses.txt): not on the allow-list',
    'bare: none (dist/node_modules/bare/package.json, package-lock.json): no licence recorded',
    'native-dep: LGPL-2.1 (dist/node_modules/native-dep/package.json): copyleft'
  ])
  expect(packages.find(p => p.name === 'locked-mit')).toEqual({
    name: 'locked-mit',
    licence: 'MIT',
    source: 'package-lock.json (none in dist/index.licenses.txt)'
  })
  expect(packages.map(p => p.name)).toContain('@scope/copied')
})

test('a package with one refused copy in package-lock.json is refused', () => {
  const dir = root({
    'dist/index.licenses.txt': nccFile([['twice', undefined, undefined]]),
    'package-lock.json': lockfile({
      'node_modules/twice': 'MIT',
      'node_modules/a/node_modules/twice': 'AGPL-3.0-only'
    })
  })
  expect(checkLicences(dir).problems).toEqual([
    'twice: MIT AND AGPL-3.0-only (dist/index.licenses.txt, package-lock.json): copyleft'
  ])
})

test('without ncc licence files the check fails rather than pass on nothing', () => {
  const dir = root({ 'dist/index.js': '' })
  expect(checkLicences(dir).problems).toEqual([
    `no dist/*.licenses.txt in ${join(dir, 'dist')}: run npm run package`
  ])
})

test("this repository's dist/ ships only allowed licences, ONNX Runtime's copied packages included", () => {
  const { packages, problems } = checkLicences(repoRoot)
  expect(problems).toEqual([])
  expect(packages).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: 'onnxruntime-node', licence: 'MIT' }),
      expect.objectContaining({ name: '@huggingface/transformers', licence: 'Apache-2.0' })
    ])
  )
})
