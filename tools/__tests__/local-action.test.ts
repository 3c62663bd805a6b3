import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXAMPLE_MODEL_PATH, prepareLocalAction } from '../local-action/prepare.js'
import { repoRoot } from '../../__tests__/helpers/run-index.js'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ei-local-action-prepare-'))
  await copyFile(join(repoRoot, '.env.example'), join(root, '.env.example'))
})

afterEach(() => rm(root, { recursive: true, force: true }))

test('on a fresh clone it creates .env from the example, the summary file and the example model, then nothing more', async () => {
  const made = await prepareLocalAction(root)
  expect(made).toHaveLength(3)
  expect(await readFile(join(root, '.env'), 'utf8')).toBe(
    await readFile(join(root, '.env.example'), 'utf8')
  )
  expect(await readFile(join(root, '.tmp/local-action/summary.md'), 'utf8')).toBe('')
  for (const file of ['config.json', 'tokenizer.json', 'onnx/model.onnx']) {
    expect(existsSync(join(root, EXAMPLE_MODEL_PATH, file))).toBe(true)
  }
  expect(await prepareLocalAction(root)).toEqual([])
}, 60_000)

test('an existing .env is kept, and a model path of its own is left for the user to provide', async () => {
  const env = 'GITHUB_STEP_SUMMARY=out/summary.md\nINPUT_MODEL-PATH=models/mine\n'
  await writeFile(join(root, '.env'), env)
  expect(await prepareLocalAction(root)).toEqual(['out/summary.md'])
  expect(await readFile(join(root, '.env'), 'utf8')).toBe(env)
  expect(existsSync(join(root, 'models/mine'))).toBe(false)
  expect(existsSync(join(root, EXAMPLE_MODEL_PATH))).toBe(false)
})
