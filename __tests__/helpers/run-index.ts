import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgv } from '../../src/config/argv.js'
import { INDEX_OPTIONS } from '../../src/config/options.js'
import { parseCliIndexConfig } from '../../src/config/parse.js'
import type { Log, WorkerEntry } from '../../src/embed/types.js'
import { runIndex } from '../../src/pipeline.js'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Workers forked from the TypeScript source (tests run from src/, not from dist/). */
export const srcWorkerEntry: WorkerEntry = {
  script: join(repoRoot, 'src/worker.ts'),
  execArgv: ['--import', 'tsx']
}

const quiet: Log = { info: () => {}, warning: () => {} }
const sink = { write: () => true } as unknown as NodeJS.WritableStream

/** One pipeline run from CLI-style flags, as `node dist/cli.js index …` would parse them. */
export function indexWithFlags(args: string[], cwd: string, log: Log = quiet) {
  const specs = INDEX_OPTIONS.filter(s => s.surfaces.includes('cli'))
  const config = parseCliIndexConfig(parseArgv(args, specs).options, cwd, {})
  return runIndex(config, { log, workerEntry: srcWorkerEntry, progressStream: sink })
}
