/**
 * An index built from a local model folder records the digest of its files, and `query` refuses,
 * naming both digests, a model folder whose files are not the ones that made the vectors.
 */
import { cp, copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runCli } from '../helpers/cli-process.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

let work: string
let model: string
let other: string
let index: string

beforeAll(async () => {
  model = await fixtureModel('tiny')
  work = await tempDir()
  // The same shape (and so the same dimension) with other weights: the q8 file as the fp32 one.
  other = join(work, 'other-model')
  await cp(model, other, { recursive: true })
  await copyFile(
    join(await fixtureModel('tiny', true), 'onnx', 'model_quantized.onnx'),
    join(other, 'onnx', 'model.onnx')
  )
  const repo = join(work, 'repo')
  await mkdir(repo)
  await writeFile(join(repo, 'a.ts'), 'export const answer = 42\n')
  index = join(work, 'index')
  await indexWithFlags(['--root', repo, '--out', index, '--model-path', model], work)
})

afterAll(removeTempDirs)

const query = (modelPath: string) =>
  runCli(
    [
      'query',
      '--index',
      index,
      '--model-path',
      modelPath,
      '--text',
      'answer',
      '--mode',
      'semantic',
      '--json'
    ],
    work
  )

test('query with the model folder that made the index answers', async () => {
  const result = await query(model)
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
})

test('query with another model folder of the same dimension is refused, naming both digests', async () => {
  const result = await query(other)
  expect(result.code).toBe(1)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(
    /the index's vectors were made with model files "sha256 [0-9a-f]{64}", not "sha256 [0-9a-f]{64}"/
  )
})
