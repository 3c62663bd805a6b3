/**
 * An index built from a local model folder is searched without --model-path: the folder is
 * remembered, by its files' digest, in the user's model cache, and used only while its files
 * still have the digest the index records. No hub is asked (its address here answers nothing).
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../helpers/cli-process.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const NO_HUB = 'http://127.0.0.1:9'
let work: string
let model: string
let index: string

beforeAll(async () => {
  work = await tempDir()
  // A copy of its own: the last test changes its files.
  model = join(work, 'model')
  await cp(await fixtureModel('tiny'), model, { recursive: true })
  const repo = join(work, 'repo')
  await mkdir(repo)
  await writeFile(join(repo, 'a.ts'), 'export const answer = 42\n')
  index = join(work, 'index')
  await indexWithFlags(
    ['--root', repo, '--out', index, '--model-path', model, '--cache-dir', join(work, 'cache')],
    work
  )
})

afterAll(removeTempDirs)

const query = (cacheDir: string) =>
  runCli(
    ['query', '--index', index, '--cache-dir', cacheDir, '--hub-url', NO_HUB, '--text', 'answer'],
    work
  )

test('query finds the model folder the index was made with, by its digest, with no model flag', async () => {
  const result = await query(join(work, 'cache'))
  expect(result.stderr).toContain(`model: ${model}, the folder the index was made with`)
  expect(result.code).toBe(0)
  expect(result.stdout).toContain('a.ts')
})

test('another cache knows no folder: the model is looked for on the hub', async () => {
  const result = await query(join(work, 'other-cache'))
  expect(result.code).toBe(1)
  expect(result.stderr).not.toContain('the folder the index was made with')
})

test('a remembered folder whose files changed is not used', async () => {
  await writeFile(join(model, 'config.json'), '{"changed": true}\n')
  const result = await query(join(work, 'cache'))
  expect(result.code).toBe(1)
  expect(result.stderr).not.toContain('the folder the index was made with')
})
