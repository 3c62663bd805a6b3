/**
 * `npm run lint:actions` (.github/scripts/): this repository's action.yml and workflows pass, and
 * each kind of mistake it is there for is reported, with its file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintActions } from '../../.github/scripts/lint-actions.js'
import type { Problem } from '../../.github/scripts/problem.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

const ACTION = `name: a
description: d
inputs:
  mode:
    description: m
    default: index
outputs:
  chunks:
    description: c
runs:
  using: node24
  main: dist/index.js
`

const WORKFLOW = `name: w
on: push
jobs:
  index:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: index
        uses: ./
        with:
          mode: index
      - run: echo "$CHUNKS"
        env:
          CHUNKS: \${{ steps.index.outputs.chunks }}
`

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ei-lint-actions-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  return root
}

function errors(problems: Problem[]): string[] {
  return problems.filter(p => p.severity === 'error').map(p => `${p.file}: ${p.message}`)
}

test("this repository's action.yml and workflows pass", async () => {
  const { files, problems } = await lintActions(repoRoot)
  expect(files).toEqual(expect.arrayContaining(['action.yml', '.github/workflows/ci.yml']))
  expect(errors(problems)).toEqual([])
})

test('a valid action and workflow pass', async () => {
  const root = repo({ 'action.yml': ACTION, '.github/workflows/w.yml': WORKFLOW })
  const { files, problems } = await lintActions(root)
  expect(files).toEqual(['action.yml', '.github/workflows/w.yml'])
  expect(errors(problems)).toEqual([])
})

test('reports schema errors in action.yml', async () => {
  const root = repo({ 'action.yml': ACTION.replace('node24', 'node42') })
  const { problems } = await lintActions(root)
  expect(errors(problems)).toEqual([expect.stringMatching(/^action\.yml: .*'node42'/)])
  expect(problems[0].line).toBe(ACTION.split('\n').indexOf('  using: node24') + 1)
})

test.each([
  ['an unknown trigger', WORKFLOW.replace('on: push', 'on: pushh'), /'pushh'/],
  ['an unknown context', WORKFLOW.replace('steps.index.outputs', 'step.index.outputs'), /'step'/],
  ['an unclosed expression', WORKFLOW.replace('chunks }}', 'chunks }'), /not closed/],
  [
    'a needs on no job',
    WORKFLOW.replace('    runs-on', '    needs: build\n    runs-on'),
    /Value 'build' is not valid/
  ],
  [
    'an input the local action lacks',
    WORKFLOW.replace('mode: index', 'mod: index'),
    /'mod' is not an input of action\.yml/
  ],
  [
    'an output the local action lacks',
    WORKFLOW.replace('outputs.chunks', 'outputs.chunk'),
    /steps\.index\.outputs\.chunk is not an output of action\.yml/
  ]
])('reports %s in a workflow', async (_, workflow, message) => {
  const root = repo({ 'action.yml': ACTION, '.github/workflows/w.yml': workflow })
  const { problems } = await lintActions(root)
  const inWorkflow = new RegExp(`^\\.github/workflows/w\\.yml: .*${message.source}`)
  expect(errors(problems)).toContainEqual(expect.stringMatching(inWorkflow))
})
