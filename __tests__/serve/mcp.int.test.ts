/**
 * `embed-index serve` as an agent meets it: a child process spoken to over stdio by the MCP SDK's
 * own client. Its tools, each search mode, a file edited under --root reported as stale when the
 * tree is not followed (--no-watch; ./mcp-overlay.int.test.ts follows it), and bad arguments
 * answered as tool errors while the server keeps serving.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { connectServe } from '../helpers/mcp-client.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const FILES: Record<string, string> = {
  'src/merge.ts':
    'import { readIndex } from "./read"\n\nexport async function mergeShardManifests(dirs: string[]) {\n  return Promise.all(dirs.map(readIndex))\n}\n',
  'src/notes.ts': '// merge the shard manifests one by one\nexport const merge = 1\n',
  'docs/guide.md': '# Guide\n\nRun the indexer, then query it.\n',
  'docs/cache.md': '# Cache\n\nThe cache keeps the model and the prior index.\n'
}

let repo: string
let client: Client
let stderr = ''

interface ToolResult {
  isError?: boolean
  content: { type: string; text: string }[]
}

async function call(name: string, args: Record<string, unknown>): Promise<ToolResult> {
  return (await client.callTool({ name, arguments: args })) as ToolResult
}

/** A successful call's JSON answer. */
async function answer(name: string, args: Record<string, unknown>) {
  const result = await call(name, args)
  expect({ isError: result.isError ?? false, text: result.content[0].text }).toEqual({
    isError: false,
    text: expect.any(String)
  })
  return JSON.parse(result.content[0].text)
}

/** A failed call's message. */
async function toolError(name: string, args: Record<string, unknown>): Promise<string> {
  const result = await call(name, args)
  expect(result.isError).toBe(true)
  return result.content[0].text
}

beforeAll(async () => {
  const model = await fixtureModel('tiny')
  const work = await tempDir()
  repo = join(work, 'repo')
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(repo, path, '..'), { recursive: true })
    await writeFile(join(repo, path), text)
  }
  const modelFlags = localModelFlags(model)
  const index = join(work, 'index')
  await indexWithFlags(['--root', repo, '--out', index, ...modelFlags], work)
  client = await connectServe(
    ['--index', index, '--root', repo, '--no-watch', ...modelFlags],
    work,
    text => (stderr += text)
  )
})

afterAll(async () => {
  await client?.close()
  await removeTempDirs()
})

test('lists five read-only tools with descriptions and JSON schemas', async () => {
  const { tools } = await client.listTools()
  expect(tools.map(tool => tool.name)).toEqual([
    'search',
    'symbols',
    'get_chunk',
    'index_info',
    'status'
  ])
  for (const tool of tools) {
    expect(tool.description!.length).toBeGreaterThan(100)
    expect(tool.annotations).toMatchObject({ readOnlyHint: true })
  }
  expect(tools[0].inputSchema).toMatchObject({
    type: 'object',
    properties: {
      query: { type: 'string' },
      top_k: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
      path_glob: { type: 'string' },
      mode: { enum: ['semantic', 'keyword', 'hybrid'], default: 'hybrid' },
      min_score: { type: 'number' }
    },
    required: ['query']
  })
  expect(tools[2].inputSchema.required).toEqual(['path', 'start_line', 'end_line'])
  expect(stderr).toMatch(/serving .*index \(4 files, \d+ chunks; loaded in [\d.]+ s\) over MCP/)
})

test('search in each mode, with a path filter; get_chunk and index_info', async () => {
  const keyword = await answer('search', { query: 'mergeShardManifests', mode: 'keyword' })
  expect(keyword.mode).toBe('keyword')
  expect(keyword.hits[0]).toMatchObject({
    path: 'src/merge.ts',
    start_line: 1,
    end_line: 5,
    score: expect.any(Number),
    snippet: expect.stringContaining('mergeShardManifests'),
    snippet_line: expect.any(Number)
  })
  const hybrid = await answer('search', { query: 'mergeShardManifests' })
  expect(hybrid.mode).toBe('hybrid')
  expect(hybrid.hits[0].path).toBe('src/merge.ts')
  const semantic = await answer('search', { query: 'the cache', mode: 'semantic', top_k: 2 })
  expect(semantic.hits).toHaveLength(2)
  const docs = await answer('search', { query: 'index', path_glob: 'docs/**' })
  expect(docs.hits.map((hit: { path: string }) => hit.path).sort()).toEqual([
    'docs/cache.md',
    'docs/guide.md'
  ])

  expect(await answer('get_chunk', { path: 'src/merge.ts', start_line: 3, end_line: 4 })).toEqual({
    path: 'src/merge.ts',
    start_line: 3,
    end_line: 4,
    text: 'export async function mergeShardManifests(dirs: string[]) {\n  return Promise.all(dirs.map(readIndex))'
  })
  expect(await answer('index_info', {})).toMatchObject({
    model: { id: 'local/tiny', revision: 'main', dtype: 'fp32', dimension: expect.any(Number) },
    counts: { files: 4, chunks: 4, skipped: 0 },
    written: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    age: expect.stringMatching(/^\d+ s$/),
    text: 'working-tree',
    keyword_search: 'available over 4 of 4 chunks',
    stale_files: { count: 0, paths: [] }
  })
})

test('a bad argument is a tool error that names it, and the server keeps serving', async () => {
  expect(await toolError('search', { query: 'x', top_k: 0 })).toMatch(
    /Input validation error.*top_k/s
  )
  expect(await toolError('search', { query: 'x', mode: 'fuzzy' })).toMatch(/mode/)
  expect(await toolError('search', { top_k: 3 })).toMatch(/query/)
  expect(await toolError('search', { query: '   ' })).toMatch(/query/)
  expect(await toolError('get_chunk', { path: 'nope.ts', start_line: 1, end_line: 2 })).toBe(
    '"nope.ts" is not a file of the index (search gives its paths)'
  )
  expect(await toolError('get_chunk', { path: 'src/merge.ts', start_line: 4, end_line: 2 })).toBe(
    'end_line 2 is before start_line 4'
  )
  expect((await answer('search', { query: 'cache', mode: 'keyword' })).hits[0].path).toBe(
    'docs/cache.md'
  )
})

test('with --no-watch, a file edited under --root is reported stale, never shown with wrong lines', async () => {
  await writeFile(join(repo, 'src/merge.ts'), '// a new first line\n' + FILES['src/merge.ts'])
  const { hits } = await answer('search', { query: 'mergeShardManifests', mode: 'keyword' })
  expect(hits[0]).toMatchObject({ path: 'src/merge.ts', start_line: 1, end_line: 5, stale: true })
  expect(hits[0].snippet).toBeUndefined()
  expect(await toolError('get_chunk', { path: 'src/merge.ts', start_line: 1, end_line: 5 })).toBe(
    '"src/merge.ts" in the working tree: changed since it was indexed, so its indexed lines are not available'
  )
  expect((await answer('index_info', {})).stale_files).toEqual({
    count: 1,
    paths: ['src/merge.ts']
  })
})
