#!/usr/bin/env node
// The CLI's entry (dist/cli.js): `embed-index <command> [flags]`, all of it in ./cli/.
import { runCli } from './cli/commands.js'
import { ConfigError } from './config/parse.js'
import { errorMessage } from './util/errors.js'

runCli(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`error: ${errorMessage(error)}\n`)
    process.exitCode = error instanceof ConfigError ? 2 : 1
  }
)
