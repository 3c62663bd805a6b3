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
