/**
 * An MCP client, through the SDK's own stdio transport, connected to `embed-index serve` run from
 * the source in a child process.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { CLI_ARGS } from './cli-process.js'

/**
 * `serve` with these flags, in `cwd`; the connection waits for the index and model to load.
 * `onStderr` receives what the server writes to stderr (its log), from the start.
 */
export async function connectServe(
  flags: readonly string[],
  cwd: string,
  onStderr?: (text: string) => void
): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...CLI_ARGS, 'serve', ...flags],
    cwd,
    // All of it, not the SDK's short list: NODE_OPTIONS carries the TypeScript loader.
    env: process.env as Record<string, string>,
    stderr: onStderr ? 'pipe' : 'ignore'
  })
  if (onStderr) transport.stderr?.on('data', chunk => onStderr(String(chunk)))
  const client = new Client({ name: 'embed-index-test', version: '1.0.0' })
  await client.connect(transport, { timeout: 120_000 })
  return client
}
