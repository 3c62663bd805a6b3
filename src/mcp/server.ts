/**
 * `embed-index serve`: the loaded index as a Model Context Protocol server on stdio, with three
 * read-only tools for coding agents: search, get_chunk and index_info. Arguments are checked by
 * the SDK against the schemas below; a bad one, or any failure, is answered as a tool error
 * (`isError`) and the server goes on serving.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { TOOL_VERSION } from '../version.js'
import { indexInfo } from '../serve/index.js'
import { DEFAULT_SEARCH_MODE, SEARCH_MODES } from '../core/index.js'
import type { SearchSession } from '../serve/index.js'
import { MAX_LINES } from '../serve/index.js'
import { printable, printableJson } from '../util/index.js'

const READ_ONLY = { readOnlyHint: true, openWorldHint: false } as const
const MAX_TOP_K = 100
// Far above any real query or glob; keeps a runaway argument from costing the server much.
const MAX_TEXT = 10_000
// Matching costs at most (path length) × (glob length) steps per file (./glob.ts): this keeps a
// hostile glob under a second over a large index, and real globs are a few dozen characters.
const MAX_GLOB = 1000

const SEARCH = `Search this repository's index (its files, chunked and embedded in CI) for code and docs. \
Returns chunks, best first: path, start_line..end_line (1-based, inclusive), score, and a snippet \
of a few lines starting at snippet_line. Modes: 'hybrid' (default) fuses keyword and semantic \
ranking and puts chunks that contain an identifier from the query exactly (buildIndex, \
core.setFailed, snake_case_name) first, which suits identifiers and mixed queries; 'keyword' is \
BM25 over the chunk text, for exact words; 'semantic' compares embeddings, for questions in plain \
words. stale: true means the file has changed since it was indexed, so its line numbers describe \
the indexed version. Read a hit in full with get_chunk.`

const GET_CHUNK = `Read lines of an indexed file as they were indexed. path is as search returns \
it; start_line and end_line are 1-based and inclusive; end_line is clipped to the file's last \
line; at most ${MAX_LINES} lines per call. A file changed since it was indexed is marked stale \
when the index stores its text, and refused when the text would come from the changed file.`

const INDEX_INFO = `Describe the index: its model (id, revision, dtype, dimension), counts of \
files, chunks and skipped files, when it was written and how long ago, where chunk text comes \
from (the index, the working tree, or nowhere: then search is semantic only), which files \
have changed in the working tree since indexing, and newer_index when the index was rebuilt \
since the server loaded the one it serves.`

/**
 * The tool's answer as JSON, or its failure as a tool error; either way no raw control or
 * bidirectional character (from a file's text, a path or an argument echoed in a message).
 */
async function answer(run: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return { content: [{ type: 'text', text: printableJson(await run()) }] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { isError: true, content: [{ type: 'text', text: printable(message) }] }
  }
}

function createMcpServer(session: SearchSession): McpServer {
  const server = new McpServer({ name: 'embed-index', version: TOOL_VERSION })
  server.registerTool(
    'search',
    {
      title: 'Search the repository index',
      description: SEARCH,
      inputSchema: {
        query: z
          .string()
          .trim()
          .min(1)
          .max(MAX_TEXT)
          .describe('What to look for: identifiers, words or a question.'),
        top_k: z
          .number()
          .int()
          .min(1)
          .max(MAX_TOP_K)
          .default(10)
          .describe('How many chunks to return.'),
        path_glob: z
          .string()
          .trim()
          .min(1)
          .max(MAX_GLOB)
          .optional()
          .describe("Only files whose path matches this glob, e.g. 'src/**' or '*.md'."),
        mode: z.enum(SEARCH_MODES).default(DEFAULT_SEARCH_MODE).describe('How to rank, see above.'),
        min_score: z.number().optional().describe('Leave out chunks scoring below this.')
      },
      annotations: READ_ONLY
    },
    args =>
      answer(() =>
        session.search({
          text: args.query,
          top: args.top_k,
          mode: args.mode,
          pathGlob: args.path_glob,
          minScore: args.min_score
        })
      )
  )
  server.registerTool(
    'get_chunk',
    {
      title: 'Read lines of an indexed file',
      description: GET_CHUNK,
      inputSchema: {
        path: z.string().min(1).max(MAX_TEXT).describe('A file path as search returns it.'),
        start_line: z.number().int().min(1).describe('First line, 1-based.'),
        end_line: z.number().int().min(1).describe('Last line, inclusive.')
      },
      annotations: READ_ONLY
    },
    args => answer(() => session.chunk(args.path, args.start_line, args.end_line))
  )
  server.registerTool(
    'index_info',
    {
      title: 'Describe the index',
      description: INDEX_INFO,
      inputSchema: {},
      annotations: READ_ONLY
    },
    () => answer(() => indexInfo(session))
  )
  return server
}

/**
 * Serves on this process's stdin and stdout until the client closes the connection (stdin ends).
 * Nothing else may write to stdout meanwhile: the caller sends its logs to stderr.
 */
export async function serveOnStdio(session: SearchSession): Promise<void> {
  const server = createMcpServer(session)
  const closed = new Promise<void>(resolve => {
    server.server.onclose = resolve
  })
  await server.connect(new StdioServerTransport())
  process.stdin.once('end', () => void server.close())
  await closed
}
