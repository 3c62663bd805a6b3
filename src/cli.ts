#!/usr/bin/env node
// The CLI's entry (lib/cli.js in the npm package): `embed-index <command> [flags]`, all of it in ./cli/.
import { runCli } from './cli/index.js'
import { ConfigError } from './config/index.js'
import { errorMessage } from './util/index.js'

runCli(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`error: ${errorMessage(error)}\n`)
    process.exitCode = error instanceof ConfigError ? 2 : 1
  }
)
