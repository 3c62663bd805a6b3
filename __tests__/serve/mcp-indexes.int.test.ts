/**
 * `embed-index serve` with several indexes, and with a model that cannot be loaded, through the
 * MCP SDK's own client: hits name their repository, the repo filter, the symbols and status
 * tools, structured content that matches each tool's output schema; keyword search without a
 * model, semantic search refused with the fix, hybrid falling back to keyword and saying so.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { join } from 'node:path'
import { writeTree } from '../helpers/files.js'
import { connectServe } from '../helpers/mcp-client.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { useTinyWorkspace } from '../helpers/workspace.js'

const ALPHA: Record<string, string> = {
  'src/merge.ts':
    'export function mergeShardManifests(dirs: string[]) {\n  return dirs.map(dir => dir + "/manifest.json")\n}\n',
  'src/reader.ts':
    'export class ShardReader {\n  readRows(path: string) {\n    return path.length\n  }\n}\n',
  'docs/cache.md': '# Cache\n\nThe cache keeps the model and the prior index.\n'
}
const BETA: Record<string, string> = {
  'lib/tables.ts':
    'export function mergeTables(left: number[], right: number[]) {\n  return left.concat(right)\n}\n',
  'docs/cache.md': '# Cache\n\nThe cache of tables is cleared each night.\n'
}

interface ToolResult {
  isError?: boolean
  content: { type: string; text: string }[]
  structuredContent?: Record<string, unknown>
}

const space = useTinyWorkspace('ei-mcp-indexes-')
let several: Client
let modelless: Client
let modellessStderr = ''

async function call(client: Client, name: string, args: Record<string, unknown> = {}) {
  return (await client.callTool({ name, arguments: args })) as ToolResult
}

/** A successful call's structured answer, which its JSON text repeats. */
async function answer(client: Client, name: string, args: Record<string, unknown> = {}) {
  const result = await call(client, name, args)
  expect(result.isError ?? false).toBe(false)
  expect(result.structuredContent).toEqual(JSON.parse(result.content[0].text))
  return JSON.parse(result.content[0].text)
}

beforeAll(async () => {
  const { work, modelFlags } = space
  const [alpha, beta] = [join(work, 'alpha'), join(work, 'beta')]
  await writeTree(alpha, ALPHA)
  await writeTree(beta, BETA)
  const [alphaIndex, betaIndex] = [join(work, 'alpha-index'), join(work, 'beta-index')]
  await indexWithFlags(['--root', alpha, '--out', alphaIndex, ...modelFlags], work)
  await indexWithFlags(['--root', beta, '--out', betaIndex, ...modelFlags], work)
  const missingModel = join(work, 'no-model-here')
  ;[several, modelless] = await Promise.all([
    connectServe(
      ['--index', alphaIndex, '--root', alpha, '--index', `${betaIndex}=${beta}`, ...modelFlags],
      work
    ),
    connectServe(
      [
        '--index',
        alphaIndex,
        '--root',
        alpha,
        '--model',
        'local/tiny',
        '--model-path',
        missingModel
      ],
      work,
      text => (modellessStderr += text)
    )
  ])
})

afterAll(async () => {
  await several?.close()
  await modelless?.close()
})

test('every tool declares an output schema and says when to use which search mode', async () => {
  const { tools } = await several.listTools()
  expect(tools.map(tool => tool.name)).toEqual([
    'search',
    'symbols',
    'get_chunk',
    'index_info',
    'status'
  ])
  for (const tool of tools) expect(tool.outputSchema).toMatchObject({ type: 'object' })
  const search = tools[0]
  expect(search.description).toMatch(
    /identifier.*symbols.*'keyword'.*concept.*'semantic'.*unsure.*'hybrid'/s
  )
  expect(search.inputSchema.properties).toMatchObject({ repo: { enum: ['alpha', 'beta'] } })
})

test('a query finds chunks in both indexes, each hit naming its repository; repo keeps to one', async () => {
  const both = await answer(several, 'search', { query: 'cache', mode: 'keyword' })
  expect(both.mode).toBe('keyword')
  expect(
    both.hits.map((hit: { repo: string; path: string }) => `${hit.repo}:${hit.path}`).sort()
  ).toEqual(['alpha:docs/cache.md', 'beta:docs/cache.md'])
  const beta = await answer(several, 'search', { query: 'cache', mode: 'keyword', repo: 'beta' })
  expect(beta.hits.map((hit: { repo: string }) => hit.repo)).toEqual(['beta'])
  const hybrid = await answer(several, 'search', { query: 'mergeTables' })
  expect(hybrid.mode).toBe('hybrid')
  expect(hybrid.hits[0]).toMatchObject({ repo: 'beta', path: 'lib/tables.ts' })
  const chunk = await answer(several, 'get_chunk', {
    repo: 'beta',
    path: 'docs/cache.md',
    start_line: 3,
    end_line: 3
  })
  expect(chunk.text).toBe('The cache of tables is cleared each night.')
})

test('symbols finds definitions by whole name or its beginning, whatever the case', async () => {
  const merge = await answer(several, 'symbols', { name: 'MERGE' })
  expect(merge.total).toBe(2)
  expect(merge.symbols).toEqual([
    expect.objectContaining({
      repo: 'alpha',
      name: 'mergeShardManifests',
      kind: 'function',
      path: 'src/merge.ts',
      line: 1,
      match: 'prefix'
    }),
    expect.objectContaining({
      repo: 'beta',
      name: 'mergeTables',
      kind: 'function',
      path: 'lib/tables.ts',
      line: 1,
      match: 'prefix'
    })
  ])
  const exact = await answer(several, 'symbols', { name: 'readrows' })
  expect(exact.symbols).toEqual([
    expect.objectContaining({
      repo: 'alpha',
      name: 'readRows',
      path: 'src/reader.ts',
      line: 2,
      match: 'exact'
    })
  ])
  const limited = await answer(several, 'symbols', { name: 'merge', limit: 1, repo: 'beta' })
  expect(limited).toMatchObject({ total: 1, symbols: [{ name: 'mergeTables' }] })
})

test('status reports each index: base commit, chunks and the model once it has loaded', async () => {
  await answer(several, 'search', { query: 'tables', mode: 'semantic' }) // waits for the models
  const { indexes } = await answer(several, 'status')
  expect(indexes).toEqual([
    expect.objectContaining({
      repo: 'alpha',
      base_commit: null,
      files: 3,
      model: { id: 'local/tiny', state: 'ready' }
    }),
    expect.objectContaining({
      repo: 'beta',
      base_commit: null,
      files: 2,
      model: { id: 'local/tiny', state: 'ready' }
    })
  ])
  expect(indexes[0].chunks).toBeGreaterThan(0)
})

test('without its model the server searches by keyword, refuses semantic search with the fix, and hybrid says it fell back', async () => {
  const keyword = await answer(modelless, 'search', {
    query: 'mergeShardManifests',
    mode: 'keyword'
  })
  expect(keyword.hits[0]).toMatchObject({ repo: 'alpha', path: 'src/merge.ts' })

  const semantic = await call(modelless, 'search', { query: 'merging manifests', mode: 'semantic' })
  expect(semantic.isError).toBe(true)
  expect(semantic.content[0].text).toMatch(
    /semantic search needs the index's model, which could not be loaded: .*no-model-here.*--model-path.*--hub-url.*embed-index pull/s
  )

  const hybrid = await call(modelless, 'search', { query: 'mergeShardManifests' })
  expect(hybrid.structuredContent).toMatchObject({
    mode: 'keyword',
    fallbacks: [
      {
        repo: 'alpha',
        mode: 'keyword',
        reason: expect.stringMatching(/^hybrid search fell back to keyword/)
      }
    ]
  })
  expect((hybrid.structuredContent!.hits as { path: string }[])[0].path).toBe('src/merge.ts')
  expect(hybrid.content[1].text).toMatch(
    /^alpha: hybrid search fell back to keyword: the index's model could not be loaded/
  )

  const { indexes } = await answer(modelless, 'status')
  expect(indexes[0].model).toEqual({
    id: 'local/tiny',
    state: 'failed',
    reason: expect.stringContaining('no-model-here')
  })
  expect((await answer(modelless, 'index_info')).model_state.state).toBe('failed')
  expect(modellessStderr).toMatch(/warning: alpha: the index's model could not be loaded/)
})
