/**
 * The action's run() with @actions/core mocked, as actions/typescript-action tests it: inputs come
 * from a table, outputs and failures are recorded. Runs the real pipeline on a small tree with
 * the tiny fixture model (no cache service: cache off).
 */
import { jest } from '@jest/globals'
import * as realCore from '@actions/core'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { verifyIndex } from '../src/artifact/verify.js'
import { formatNumber } from '../src/report/number-format.js'
import { fixtureModel } from './helpers/model.js'
import { repoRoot } from './helpers/run-index.js'
import { recordingLog } from './helpers/recording-log.js'

const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

let inputs: Record<string, string> = {}
const read = new Set<string>()
const outputs: Record<string, string> = {}
const failures: string[] = []
const log = recordingLog()

/** Like the runner: an input left out is its action.yml default, or ''. */
function input(name: string): string {
  read.add(name)
  return inputs[name] ?? action.inputs[name]?.default ?? ''
}

jest.unstable_mockModule('@actions/core', () => ({
  ...realCore,
  getInput: input,
  getMultilineInput: (name: string) =>
    input(name)
      .split('\n')
      .filter(line => line !== ''),
  setOutput: (name: string, value: unknown) => {
    outputs[name] = String(value)
  },
  setFailed: (message: string) => failures.push(message),
  info: log.info,
  warning: log.warning,
  startGroup: () => {},
  endGroup: () => {},
  group: <T>(_name: string, work: () => Promise<T>) => work()
  // core.summary is the real one, writing to GITHUB_STEP_SUMMARY.
}))

const { run } = await import('../src/main.js')

let workspace: string
let model: string

beforeAll(async () => {
  model = await fixtureModel('tiny')
  workspace = await mkdtemp(join(tmpdir(), 'ei-main-'))
  await mkdir(join(workspace, 'repo', 'docs'), { recursive: true })
  await writeFile(join(workspace, 'repo', 'docs', 'guide.md'), '# Guide\n\nHow to merge shards.\n')
  await writeFile(join(workspace, 'repo', 'tool.py'), 'def merge(a, b):\n    return a + b\n')
  process.env.GITHUB_WORKSPACE = workspace
  process.env.GITHUB_STEP_SUMMARY = join(workspace, 'summary.md')
})

afterAll(async () => {
  delete process.env.GITHUB_WORKSPACE
  delete process.env.GITHUB_STEP_SUMMARY
  await rm(workspace, { recursive: true, force: true })
})

beforeEach(async () => {
  read.clear()
  failures.length = 0
  log.warnings.length = 0
  await writeFile(join(workspace, 'summary.md'), '')
  for (const name of Object.keys(outputs)) delete outputs[name]
})

const indexInputs = () => ({
  path: 'repo',
  'model-path': model,
  model: 'local/tiny',
  cache: 'false'
})

// First: @actions/core finds the summary file once per process and keeps it.
test('a runner without a summary file costs the summary only, with a warning', async () => {
  inputs = { ...indexInputs(), output: 'no-summary' }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY
  delete process.env.GITHUB_STEP_SUMMARY
  try {
    await run()
  } finally {
    process.env.GITHUB_STEP_SUMMARY = summaryFile
  }
  expect(failures).toEqual([])
  expect(log.warnings.join('\n')).toMatch(
    /could not write the job summary \(.*GITHUB_STEP_SUMMARY.*\); the index is whole/
  )
  expect(outputs['files-total']).toBe('2')
  expect(await verifyIndex(outputs['index-path'])).toMatchObject({ ok: true })
})

test('index mode reads every input, sets every output of action.yml and writes a summary', async () => {
  inputs = indexInputs()
  await run()
  expect(failures).toEqual([])
  expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort())
  expect(outputs['index-path']).toBe(join(workspace, 'embed-index'))
  expect(outputs['files-total']).toBe('2')
  expect(outputs['model-cache-hit']).toBe('false')
  expect(await verifyIndex(outputs['index-path'])).toMatchObject({ ok: true, files: 2 })
  expect(await readFile(join(workspace, 'summary.md'), 'utf8')).toContain('files/sec')
})

test('a bad input fails the step with one message naming it, before anything is written', async () => {
  inputs = { ...indexInputs(), workers: '0', output: 'never-written' }
  await run()
  expect(failures).toEqual([
    `input 'workers': "0" is not valid; expected 'auto' or an integer >= 1`
  ])
  expect(Object.keys(outputs)).toEqual([])
  expect(existsSync(join(workspace, 'never-written'))).toBe(false)
  expect(await readFile(join(workspace, 'summary.md'), 'utf8')).toBe('')
})

test('min-files-per-second fails the step after the outputs are set', async () => {
  inputs = { ...indexInputs(), output: 'gated', 'min-files-per-second': '1000000' }
  await run()
  expect(outputs['files-per-second']).toBeDefined()
  expect(failures).toEqual([
    `files/sec ${formatNumber(Number(outputs['files-per-second']))} is below min-files-per-second 1000000`
  ])
})

test('merge mode combines shard indexes and sets its outputs', async () => {
  for (const shard of ['1/2', '2/2']) {
    inputs = { ...indexInputs(), shard, output: `shards/${shard.replace('/', '-of-')}` }
    await run()
    expect(failures).toEqual([])
  }
  inputs = { mode: 'merge', 'merge-from': 'shards/*', output: 'merged' }
  await run()
  expect(failures).toEqual([])
  expect(outputs).toMatchObject({
    'index-path': join(workspace, 'merged'),
    'files-total': '2'
  })
  expect(await verifyIndex(join(workspace, 'merged'))).toMatchObject({ ok: true, files: 2 })
})
