import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { CLI_ARGS } from './cli-process.js'

/** `embed-index serve` started as an agent starts it, spoken to by the MCP SDK's own client. */
export interface ServeClient {
  client: Client
  /** Everything the server wrote to stderr so far. */
  stderr: () => string
}

export async function startServe(args: string[], cwd: string): Promise<ServeClient> {
  let stderr = ''
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [...CLI_ARGS, 'serve', ...args],
    cwd,
    // All of it, not the SDK's short list: NODE_OPTIONS carries the TypeScript loader.
    env: process.env as Record<string, string>,
    stderr: 'pipe'
  })
  transport.stderr?.on('data', chunk => (stderr += String(chunk)))
  const client = new Client({ name: 'embed-index-test', version: '1.0.0' })
  await client.connect(transport, { timeout: 120_000 })
  return { client, stderr: () => stderr }
}
