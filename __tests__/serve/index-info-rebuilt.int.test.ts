/**
 * index_info while the index is rebuilt in place under a running `serve`: it describes the index
 * served (its manifest's time and counts, as loaded) and says that a newer one is on disk.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CLI_ARGS } from '../helpers/cli-process.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

let client: Client | undefined

afterAll(async () => {
  await client?.close()
  await removeTempDirs()
})

async function indexInfo(): Promise<Record<string, unknown>> {
  const result = (await client!.callTool({ name: 'index_info', arguments: {} })) as {
    content: { text: string }[]
  }
  return JSON.parse(result.content[0].text)
}

test('after a rebuild in place, index_info reports the index served and that a newer one is on disk', async () => {
  const model = await fixtureModel('tiny')
  const work = await tempDir()
  const repo = join(work, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  await writeFile(join(repo, 'src/a.ts'), 'export const a = 1\n')
  const flags = ['--root', repo, '--out', join(work, 'index')]
  const modelFlags = ['--model-path', model, '--model', 'local/tiny']
  await indexWithFlags([...flags, ...modelFlags], work)
  client = new Client({ name: 'embed-index-test', version: '1.0.0' })
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [...CLI_ARGS, 'serve', '--index', join(work, 'index'), ...modelFlags],
      cwd: work,
      // All of it, not the SDK's short list: NODE_OPTIONS carries the TypeScript loader.
      env: process.env as Record<string, string>,
      stderr: 'ignore'
    }),
    { timeout: 120_000 }
  )
  const before = await indexInfo()
  expect(before).toMatchObject({ counts: { files: 1, chunks: 1 } })
  expect(before.newer_index).toBeUndefined()

  await writeFile(join(repo, 'src/b.ts'), 'export const b = 2\n')
  await indexWithFlags([...flags, ...modelFlags], work)
  const after = await indexInfo()
  expect(after).toMatchObject({
    counts: { files: 1, chunks: 1 },
    written: before.written,
    newer_index: expect.stringMatching(
      /^a newer index was written to .* at \d{4}-\d\d-\d\dT.*; this server still searches the one it loaded: restart it to search the new one$/
    )
  })
}, 240_000)
