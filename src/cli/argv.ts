import { parseArgs, type ParseArgsConfig } from 'node:util'
import { flagOf, OPTIONS, optionsOf, type Command } from '../config/index.js'
import { ConfigError, type RawOptions } from '../config/index.js'
import { errorMessage } from '../util/index.js'

export interface CommandLine {
  raw: RawOptions
  positionals: string[]
}

/**
 * The flags of one command, by the option table: `--flag value`, `--flag=value`, repeatable
 * lists, booleans as `--flag` / `--no-flag`. Unknown flags and missing values are ConfigErrors.
 */
export function parseCommandLine(command: Command, argv: string[]): CommandLine {
  const names = optionsOf(command)
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const name of names) {
    const kind = OPTIONS[name].value.kind
    options[flagOf(name)] = { type: kind === 'boolean' ? 'boolean' : 'string', multiple: true }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: true,
      allowNegative: true,
      strict: true
    })
  } catch (error) {
    // One line: parseArgs words some messages over several.
    const message = errorMessage(error).replace(/\s*\n\s*/g, ' ')
    throw new ConfigError(`${message} (see 'help')`, { cause: error })
  }
  const raw: RawOptions = {}
  for (const name of names) {
    const values = parsed.values[flagOf(name)] as (string | boolean)[] | undefined
    if (values !== undefined) raw[name] = values.map(String)
  }
  return { raw, positionals: parsed.positionals }
}

/** Throws a ConfigError naming the first positional argument, when a command takes none. */
export function noPositionals({ positionals }: CommandLine): void {
  if (positionals.length > 0) throw new ConfigError(`unexpected argument ${positionals[0]}`)
}
