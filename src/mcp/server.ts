/**
 * `embed-index serve`: the loaded indexes as a Model Context Protocol server on stdio, with five
 * read-only tools for coding agents: search, symbols, get_chunk, index_info and status. Arguments
 * are checked by the SDK against the input schemas below, and each answer is structured content
 * that matches its tool's output schema (./output-schemas.ts), with the same JSON as text for
 * clients that read only text; a bad argument, or any failure, is answered as a tool error
 * (`isError`) and the server goes on serving.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { z } from 'zod'
import { TOOL_VERSION } from '../version.js'
import { indexInfo } from '../serve/index.js'
import { DEFAULT_SEARCH_MODE, SEARCH_MODES } from '../core/index.js'
import type { ServedIndexes } from '../serve/index.js'
import { MAX_LINES } from '../serve/index.js'
import { printable, printableJson } from '../util/index.js'
import {
  CHUNK_OUTPUT,
  INDEX_INFO_OUTPUT,
  SEARCH_OUTPUT,
  STATUS_OUTPUT,
  SYMBOLS_OUTPUT
} from './output-schemas.js'

const READ_ONLY = { readOnlyHint: true, openWorldHint: false } as const
const MAX_TOP_K = 100
const MAX_SYMBOLS = 100
// Far above any real query or glob; keeps a runaway argument from costing the server much.
const MAX_TEXT = 10_000
// Matching costs at most (path length) × (glob length) steps per file (./glob.ts): this keeps a
// hostile glob under a second over a large index, and real globs are a few dozen characters.
const MAX_GLOB = 1000
// Far above any identifier.
const MAX_NAME = 1000

const WHICH_TOOL = `Which to use: an identifier (buildIndex, core.setFailed, snake_case_name) \
→ symbols for where it is defined, or search in 'keyword' mode for where it is used; a concept \
or a question in plain words → search in 'semantic' mode; unsure or mixed → search in 'hybrid' \
mode (the default).`

const SEARCH = `Search the indexed repositories (their files, chunked and embedded in CI) for code \
and docs. Returns chunks, best first: repo, path, start_line..end_line (1-based, inclusive), \
score, and a snippet of a few lines starting at snippet_line. Modes: 'keyword' is BM25 over the \
chunk text, for exact words and identifiers; 'semantic' compares embeddings, for concepts and \
questions; 'hybrid' fuses both and puts chunks that define or contain an identifier from the \
query first. ${WHICH_TOOL} When the model cannot be loaded, semantic search is a tool error and \
hybrid falls back to keyword: the answer's mode says which ran, and note why. source 'overlay' \
means the chunk comes from the working tree (its file new or changed since indexing), 'index' from \
the index. stale: true means the file has changed since it was indexed and the server does not \
follow the working tree, so its line numbers describe the indexed version. \
repo limits the search to one repository. Read a hit in full with get_chunk.`

const SYMBOLS = `Find where a name is defined: functions, classes, methods, types, constants and \
variables, by the name they declare, whatever its case, whole (match 'exact') or as its \
beginning (match 'prefix'); exact matches first, then by name, repository, path and line. Each \
gives repo, name, kind, its symbol path (class Cluster > method run), path, the line it begins on \
and the lines of its chunk (read them with get_chunk). total counts all matches, also those past \
limit. Needs no model. ${WHICH_TOOL}`

const GET_CHUNK = `Read lines of an indexed file as they were indexed. path is as search returns \
it, repo the repository it names (without repo: the first repository that has the path); \
start_line and end_line are 1-based and inclusive; end_line is clipped to the file's last line; \
at most ${MAX_LINES} lines per call. When the server follows the working tree, a new or changed \
file's lines are the tree's as last taken in (search's source 'overlay'). Otherwise a file changed \
since it was indexed is marked stale when the index stores its text, and refused when the text \
would come from the changed file.`

const INDEX_INFO = `Describe one repository's index (without repo: the first): its model (id, \
revision, dtype, dimension) and whether it has loaded (model_state: loading, ready, or failed \
with the reason), counts of files, chunks and skipped files, when it was written and how long \
ago, where chunk text comes from (the index, the working tree, or nowhere: then search is \
semantic only), which files have changed in the working tree since indexing, newer_index \
when the index was rebuilt since the server loaded the one it serves, and, when the server \
follows the working tree, overlay: how fresh the answers are (files added, changed and removed \
against the index, whether changes are still pending, when the tree was last taken in).`

const STATUS = `List the repositories served, one entry per index: its repo label (for the repo \
argument of the other tools), index folder, base_commit (the git commit it was built from), \
counts of files and chunks, its model's state: loading, ready, or failed with the reason \
(then semantic search is refused and hybrid falls back to keyword), and, when the server follows \
the working tree, overlay: files added, changed and removed against the index, pending work and \
when the tree was last taken in.`

/**
 * The tool's answer as structured content and as JSON text, or its failure as a tool error. The
 * text holds no raw control or bidirectional character (from a file's text, a path or an argument
 * echoed in a message); a note (why the mode that ran is not the one asked for) follows as text
 * of its own, for clients and agents that read text.
 */
async function answer(run: () => Promise<object>): Promise<CallToolResult> {
  try {
    const value = await run()
    const note = 'note' in value && typeof value.note === 'string' ? value.note : undefined
    return {
      content: [
        { type: 'text', text: printableJson(value) },
        ...(note !== undefined ? [{ type: 'text' as const, text: printableLines(note) }] : [])
      ],
      structuredContent: value as Record<string, unknown>
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { isError: true, content: [{ type: 'text', text: printable(message) }] }
  }
}

/** Each line escaped on its own: a note holds one line per repository. */
function printableLines(text: string): string {
  return text
    .split('\n')
    .map(line => printable(line))
    .join('\n')
}

function createMcpServer(served: ServedIndexes): McpServer {
  const server = new McpServer({ name: 'embed-index', version: TOOL_VERSION })
  const repo = z
    .enum(served.repos as [string, ...string[]])
    .optional()
    .describe(
      `Only this repository: one of ${served.repos.map(r => JSON.stringify(r)).join(', ')}.`
    )
  server.registerTool(
    'search',
    {
      title: 'Search the repository indexes',
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
        min_score: z.number().optional().describe('Leave out chunks scoring below this.'),
        repo
      },
      outputSchema: SEARCH_OUTPUT,
      annotations: READ_ONLY
    },
    args =>
      answer(() =>
        served.search({
          text: args.query,
          top: args.top_k,
          mode: args.mode,
          pathGlob: args.path_glob,
          minScore: args.min_score,
          repo: args.repo
        })
      )
  )
  server.registerTool(
    'symbols',
    {
      title: 'Find definitions by name',
      description: SYMBOLS,
      inputSchema: {
        name: z
          .string()
          .trim()
          .min(1)
          .max(MAX_NAME)
          .describe('The name, or its beginning: run, Cluster, build_ind.'),
        limit: z
          .number()
          .int()
          .min(1)
          .max(MAX_SYMBOLS)
          .default(20)
          .describe('How many definitions to return.'),
        repo
      },
      outputSchema: SYMBOLS_OUTPUT,
      annotations: READ_ONLY
    },
    args => answer(async () => served.symbols(args.name, args.limit, args.repo))
  )
  server.registerTool(
    'get_chunk',
    {
      title: 'Read lines of an indexed file',
      description: GET_CHUNK,
      inputSchema: {
        path: z.string().min(1).max(MAX_TEXT).describe('A file path as search returns it.'),
        start_line: z.number().int().min(1).describe('First line, 1-based.'),
        end_line: z.number().int().min(1).describe('Last line, inclusive.'),
        repo
      },
      outputSchema: CHUNK_OUTPUT,
      annotations: READ_ONLY
    },
    args => answer(() => served.chunk(args.path, args.start_line, args.end_line, args.repo))
  )
  server.registerTool(
    'index_info',
    {
      title: 'Describe an index',
      description: INDEX_INFO,
      inputSchema: { repo },
      outputSchema: INDEX_INFO_OUTPUT,
      annotations: READ_ONLY
    },
    async args => {
      return answer(async () => {
        const one = served.one(args.repo)
        return { repo: one.repo, ...(await indexInfo(one.session)) }
      })
    }
  )
  server.registerTool(
    'status',
    {
      title: 'List the repositories served and their state',
      description: STATUS,
      inputSchema: {},
      outputSchema: STATUS_OUTPUT,
      annotations: READ_ONLY
    },
    () => answer(async () => ({ indexes: served.status() }))
  )
  return server
}

/**
 * Serves on this process's stdin and stdout until the client closes the connection (stdin ends).
 * Nothing else may write to stdout meanwhile: the caller sends its logs to stderr.
 */
export async function serveOnStdio(served: ServedIndexes): Promise<void> {
  const server = createMcpServer(served)
  const closed = new Promise<void>(resolve => {
    server.server.onclose = resolve
  })
  await server.connect(new StdioServerTransport())
  process.stdin.once('end', () => void server.close())
  await closed
}
