/**
 * `serve --root` follows the working tree, as an agent meets it through the MCP SDK's own client:
 * an edit is searched as it is now, its hits marked as the overlay's, and index_info and status
 * say how fresh the answers are.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'
import { writeTree } from '../helpers/files.js'
import { connectServe } from '../helpers/mcp-client.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'

let repo: string
let client: Client

/** A tool's JSON answer. */
async function answer(name: string, args: Record<string, unknown> = {}) {
  const result = (await client.callTool({ name, arguments: args })) as {
    isError?: boolean
    content: { text: string }[]
  }
  expect(result.isError ?? false).toBe(false)
  return JSON.parse(result.content[0].text)
}

beforeAll(async () => {
  const model = await fixtureModel('tiny')
  const work = await tempDir()
  repo = join(work, 'repo')
  await writeTree(repo, {
    'src/merge.ts': 'export function mergeShards() {\n  return 1 // walrusword\n}\n',
    'docs/guide.md': '# Guide\n\nRun the indexer.\n'
  })
  const index = join(work, 'index')
  await indexWithFlags(['--root', repo, '--out', index, ...localModelFlags(model)], work)
  client = await connectServe(['--index', index, '--root', repo, ...localModelFlags(model)], work)
})

afterAll(async () => {
  await client?.close()
  await removeTempDirs()
})

test('an edit is searched as it is now, marked overlay; index_info and status report freshness', async () => {
  await writeFile(
    join(repo, 'src/merge.ts'),
    'export function mergeShards() {\n  return 2 // narwhalword\n}\n'
  )
  const deadline = Date.now() + 20_000
  let hits: { path: string; source: string; snippet?: string }[] = []
  while (hits.length === 0) {
    if (Date.now() > deadline) throw new Error('the edit was not searched within 20 s')
    await new Promise(resolve => setTimeout(resolve, 20))
    ;({ hits } = await answer('search', { query: 'narwhalword', mode: 'keyword' }))
  }
  expect(hits[0]).toMatchObject({ path: 'src/merge.ts', source: 'overlay' })
  expect(hits[0].snippet).toContain('narwhalword')
  expect((await answer('search', { query: 'walrusword', mode: 'keyword' })).hits).toEqual([])
  const guide = await answer('search', { query: 'indexer', mode: 'keyword' })
  expect(guide.hits[0]).toMatchObject({ path: 'docs/guide.md', source: 'index' })

  const freshness = {
    base_commit: null,
    watching: true,
    settled_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    files_added: 0,
    files_changed: 1,
    files_removed: 0,
    pending: expect.any(Boolean),
    files_waiting: expect.any(Number)
  }
  expect((await answer('index_info')).overlay).toEqual(freshness)
  const { indexes } = await answer('status')
  expect(indexes[0].overlay).toEqual(freshness)
})
