/**
 * The naive baseline, run as its own process by the bench: what one would write first with
 * transformers.js. One process, the feature-extraction pipeline with default settings, one call
 * per file with that file's chunk texts.
 *
 * argv: MODEL_DIR CHUNKS_JSON RESULT_JSON
 */
import { writeFile } from 'node:fs/promises'
import { env, pipeline } from '@huggingface/transformers'
import { readChunks, textsByFile } from './chunks.js'
import type { PhaseResult } from './phase-result.js'

const [modelDir, chunksFile, resultFile] = process.argv.slice(2)
env.allowRemoteModels = false
env.useFSCache = false

const chunks = await readChunks(chunksFile)
const files = textsByFile(chunks)

const loadStarted = performance.now()
const extractor = await pipeline('feature-extraction', modelDir, {
  dtype: 'fp32',
  local_files_only: true
})
const embedStarted = performance.now()
for (const texts of files) {
  const output = await extractor(texts, { pooling: 'mean', normalize: true })
  output.dispose()
}
const embedSeconds = (performance.now() - embedStarted) / 1000

const result: PhaseResult = {
  files: files.length,
  chunks: chunks.length,
  tokens: chunks.reduce((n, c) => n + c.tokens, 0),
  loadSeconds: (embedStarted - loadStarted) / 1000,
  embedSeconds
}
await writeFile(resultFile, JSON.stringify(result))
