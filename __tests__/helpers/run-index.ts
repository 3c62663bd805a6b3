import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCommandLine } from '../../src/cli/argv.js'
import { parseIndexCommand } from '../../src/config/parse.js'
import { buildIndex } from '../../src/pipeline/build-index.js'
import type { Log } from '../../src/core/log.js'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export const quiet: Log = { info: () => {}, warning: () => {} }
const sink = { write: () => true } as unknown as NodeJS.WritableStream

/** One pipeline run from CLI-style flags, as `embed-index index …` would parse them. */
export function indexWithFlags(args: string[], cwd: string, log: Log = quiet) {
  const config = parseIndexCommand(parseCommandLine('index', args).raw, cwd, {})
  return buildIndex(config, { log, progressStream: sink })
}
