import { ConfigError } from './parse.js'
import type { OptionSpec } from './options.js'
import type { RawOptions } from './types.js'

export interface ParsedArgs {
  options: RawOptions
  positionals: string[]
}

/**
 * Parses `--flag value`, `--flag=value`, boolean `--flag` / `--no-flag` against an option table.
 * Unknown flags and missing values are errors naming the flag.
 */
export function parseArgv(argv: string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byFlag = new Map(specs.map(s => [s.flag ?? s.name, s]))
  const options: RawOptions = {}
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let flag = eq >= 0 ? arg.slice(2, eq) : arg.slice(2)
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined
    let spec = byFlag.get(flag)
    if (
      !spec &&
      flag.startsWith('no-') &&
      byFlag.get(flag.slice(3))?.boolean &&
      value === undefined
    ) {
      flag = flag.slice(3)
      spec = byFlag.get(flag)
      value = 'false'
    }
    if (!spec) {
      const known = [...byFlag.keys()].map(f => `--${f}`).join(', ')
      throw new ConfigError(`unknown flag --${flag}; accepted: ${known}`)
    }
    if (value === undefined) {
      if (spec.boolean) {
        value = 'true'
      } else {
        value = argv[++i]
        if (value === undefined) throw new ConfigError(`--${flag} needs a value`)
      }
    }
    const values = options[spec.name] ?? []
    values.push(value)
    options[spec.name] = values
  }
  return { options, positionals }
}
