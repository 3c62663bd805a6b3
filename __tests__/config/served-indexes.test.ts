/**
 * `serve`'s indexes: the repeatable --index, each index's working tree as INDEX=ROOT, and --root
 * as the first index's.
 */
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandLine } from '../../src/cli/argv.js'
import { parseServedIndexes } from '../../src/config/index.js'

const cwd = mkdtempSync(join(tmpdir(), 'ei-served-'))
for (const folder of ['tree-a', 'tree-b', 'odd=name']) mkdirSync(join(cwd, folder))

const served = (...args: string[]) => parseServedIndexes(parseCommandLine('serve', args).raw, cwd)

test('each --index in order; --root is the first one’s working tree, INDEX=ROOT names another’s', () => {
  expect(served('--index', 'a', '--index', 'b=tree-b', '--root', 'tree-a')).toEqual([
    { index: join(cwd, 'a'), root: join(cwd, 'tree-a') },
    { index: join(cwd, 'b'), root: join(cwd, 'tree-b') }
  ])
  expect(served('--index', 'a', '--index', 'b')).toEqual([
    { index: join(cwd, 'a') },
    { index: join(cwd, 'b') }
  ])
  expect(served('--index', 'a=tree-a')).toEqual([
    { index: join(cwd, 'a'), root: join(cwd, 'tree-a') }
  ])
})

test("an existing folder whose name holds '=' is an index folder, whole", () => {
  expect(served('--index', 'odd=name')).toEqual([{ index: join(cwd, 'odd=name') }])
})

test('a missing working tree or two for the first index are refused', () => {
  expect(() => served('--index', 'a=no-such-tree')).toThrow(
    /--index: "a=no-such-tree" is not valid; expected INDEX or INDEX=ROOT, ROOT an existing directory/
  )
  expect(() => served('--index', 'a=tree-a', '--root', 'tree-b')).toThrow(
    /--root and "a=tree-a" both name the first index's working tree/
  )
})

test('without --index, the folder pull fills is served, marked as the default', () => {
  expect(served('--root', 'tree-a')).toEqual([
    { index: join(cwd, '.embed-index'), byDefault: true, root: join(cwd, 'tree-a') }
  ])
})
