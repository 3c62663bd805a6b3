import { COMMANDS, flagOf, optionSpec, optionsOf, type Command } from '../config/index.js'

const SYNOPSIS: Record<Command, string> = {
  index: 'index   --root DIR --out DIR [flags]   build (or incrementally update) an index',
  query: 'query   --index DIR --text STR [flags] search an index',
  serve:
    'serve   --index DIR... [flags]         an MCP server on stdio, for coding agents; one or more indexes',
  merge: 'merge   --out DIR SHARD_DIR...          combine shard indexes into one',
  verify: 'verify  --index DIR                     check an index is whole; exit 1 if not'
}

/** The CLI's help, flags and defaults from the option table. */
export function usage(): string {
  const lines = ['usage: embed-index <command> [flags]', '', 'commands:']
  for (const command of COMMANDS) lines.push(`  ${SYNOPSIS[command]}`)
  for (const command of COMMANDS) {
    lines.push('', `${command} flags:`)
    for (const name of optionsOf(command)) {
      const spec = optionSpec(name)
      const flag =
        spec.value.kind === 'boolean' ? `--[no-]${flagOf(name)}` : `--${flagOf(name)} VALUE`
      const note = spec.required?.includes(command)
        ? ' (required)'
        : spec.fromIndex && (command === 'query' || command === 'serve')
          ? " (default: the index's)"
          : spec.default !== undefined
            ? ` (default: ${spec.default})`
            : ''
      lines.push(`  ${flag.padEnd(30)} ${spec.help}${note}`)
    }
  }
  return lines.join('\n')
}
