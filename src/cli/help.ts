import { COMMANDS, flagOf, optionSpec, optionsOf, type Command } from '../config/index.js'

const SYNOPSIS: Record<Command, string> = {
  index:
    'index   --root DIR --out DIR [flags]   build an index, re-embedding only what changed since the one in --out',
  query: 'query   --text STR [flags]             search an index (default: .embed-index)',
  serve:
    'serve   [--index DIR[=ROOT]]... [flags] an MCP server on stdio for coding agents, over one or more indexes',
  pull: 'pull    [--root DIR] [flags]           fetch the index CI built for HEAD (or an ancestor)',
  merge: 'merge   --out DIR SHARD_DIR...          combine shard indexes into one',
  verify: 'verify  --index DIR                     check an index is whole; exit 1 if not',
  export: 'export  --index DIR --to lancedb OUT_DIR write the index into a LanceDB table'
}

/** One line per flag of a command, with its default, from the option table. */
function flagLines(command: Command): string[] {
  return optionsOf(command).map(name => {
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
    return `  ${flag.padEnd(30)} ${spec.help}${note}`
  })
}

/** The CLI's help: every command, then each one's flags. */
export function usage(): string {
  const lines = [
    'usage: embed-index <command> [flags]',
    '       embed-index <command> --help',
    '       embed-index --version',
    '',
    'commands:'
  ]
  for (const command of COMMANDS) lines.push(`  ${SYNOPSIS[command]}`)
  for (const command of COMMANDS) lines.push('', `${command} flags:`, ...flagLines(command))
  return lines.join('\n')
}

/** One command's help (`embed-index <command> --help`). */
export function commandUsage(command: Command): string {
  return [`usage: embed-index ${SYNOPSIS[command]}`, '', 'flags:', ...flagLines(command)].join('\n')
}
