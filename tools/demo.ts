/**
 * `npm run demo`: the offline route. Indexes this repository with the built CLI and the
 * generated `minilm` fixture model (MiniLM-L6's architecture, seeded random weights), verifies
 * the index and runs one query. Throughput is representative; the vectors carry no meaning.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateModel } from './fixture-model/generate.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const model = join(root, '.fixtures', 'demo-minilm')
const out = join(root, '.fixtures', 'demo-index')
const NOTICE =
  'NOTE: the demo model has random weights (MiniLM-L6 shapes): its throughput is real, its vectors carry no meaning and its search results are arbitrary.'

function cli(...args: string[]): void {
  const result = spawnSync(process.execPath, [join(root, 'lib', 'cli.js'), ...args], {
    stdio: 'inherit'
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

console.log(NOTICE)
if (!existsSync(join(model, 'onnx', 'model_quantized.onnx'))) {
  await generateModel({ preset: 'minilm', quantized: true, outDir: model })
}
const modelFlags = ['--model-path', model, '--model', 'fixture/minilm-random-weights']
cli('index', '--root', root, '--out', out, '--exclude', 'dist/**', ...modelFlags)
cli('verify', '--index', out)
// --root lets the query read the files: hybrid search (keywords beside vectors) and snippets.
cli(
  'query',
  '--index',
  out,
  '--root',
  root,
  '--text',
  'merge shard indexes',
  '--top',
  '5',
  ...modelFlags
)
console.log(NOTICE)
