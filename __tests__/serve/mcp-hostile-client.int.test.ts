/**
 * `embed-index serve` against a hostile or careless client, through the MCP SDK's own client: a
 * glob built to make a regular expression backtrack is answered in bounded time, a malformed glob
 * is a tool error, and a seeded fuzz of every tool's arguments (types, sizes, unicode, globs)
 * leaves a server that answers each call within a bound, with a tool error for a bad argument,
 * no raw control character in any text, and nothing written outside its folders.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { connectServe } from '../helpers/mcp-client.js'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fixtureModel } from '../helpers/model.js'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

// Folder and file names near the 255-byte limit: long paths for a glob to backtrack over.
const LONG = 'a'.repeat(240)
const FILES: Record<string, string> = {
  [`${LONG}/${LONG}/${'b'.repeat(240)}.ts`]: 'export const deep = "long path"\n',
  'src/escape.ts': 'export const red = "\x1b[31mred\x1b[0m \u202egnp.exe \u0085 \x7f"\n',
  'docs/été 𝒳.md': '# Été\n\nUnicode names are indexed too.\n'
}
// Raw in a text answer, these would let a file's text rewrite what a terminal shows.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/
const CALL_BOUND_MS = 15_000

let work: string
let client: Client

interface ToolResult {
  isError?: boolean
  content: { type: string; text: string }[]
}

async function call(name: string, args: unknown): Promise<ToolResult> {
  const result = (await client.callTool(
    { name, arguments: args as Record<string, unknown> },
    undefined,
    { timeout: CALL_BOUND_MS }
  )) as ToolResult
  for (const part of result.content) expect(part.text).not.toMatch(RAW_CONTROL)
  return result
}

/** Every file under `dir` with its size and modification time. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return Promise.all(
    entries.map(async entry => {
      const path = join(entry.parentPath, entry.name)
      const { size, mtimeMs } = await stat(path)
      return `${path} ${entry.isDirectory() ? 'dir' : `${size} ${mtimeMs}`}`
    })
  ).then(lines => lines.sort())
}

beforeAll(async () => {
  const model = await fixtureModel('tiny')
  work = await tempDir()
  const repo = join(work, 'repo')
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(repo, path, '..'), { recursive: true })
    await writeFile(join(repo, path), text)
  }
  const modelFlags = ['--model-path', model, '--model', 'local/tiny']
  const index = join(work, 'index')
  await indexWithFlags(['--root', repo, '--out', index, ...modelFlags], work)
  client = await connectServe(['--index', index, '--root', repo, ...modelFlags], work)
}, 180_000)

afterAll(async () => {
  await client?.close()
  await removeTempDirs()
})

test('a glob that makes a regular expression backtrack is answered in bounded time, and the next request too', async () => {
  const glob = '?*'.repeat(16) + 'q'
  const result = await call('search', { query: 'long path', mode: 'keyword', path_glob: glob })
  expect(JSON.parse(result.content[0].text)).toMatchObject({ hits: [] })
  const next = await call('search', { query: 'long path', mode: 'keyword', path_glob: 'b*.ts' })
  expect(JSON.parse(next.content[0].text).hits).toHaveLength(1)
})

test('a malformed glob is a tool error that says what is wrong', async () => {
  const result = await call('search', { query: 'x', path_glob: '{' })
  expect(result).toMatchObject({ isError: true })
  expect(result.content[0].text).toBe(`the path glob "{" has an unclosed '{'`)
})

test('text answers escape control and bidirectional characters from indexed files', async () => {
  const result = await call('get_chunk', { path: 'src/escape.ts', start_line: 1, end_line: 1 })
  expect(JSON.parse(result.content[0].text).text).toBe(FILES['src/escape.ts'].trimEnd())
})

/** A random value of a random type, sometimes huge, sometimes hostile text. */
function fuzzValue(random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const text = (length: number) =>
    Array.from({ length }, () =>
      pick([
        'a',
        '*',
        '?',
        '[',
        ']',
        '{',
        '}',
        ',',
        '/',
        '\\',
        '!',
        '.',
        'é',
        '𝒳',
        '\x1b',
        '\u202e',
        '\0',
        '\n',
        ' ',
        '\ud800'
      ])
    ).join('')
  return pick<() => unknown>([
    () => text(Math.floor(random() * 40)),
    () => text(Math.floor(random() * 20_000)),
    () => '?*'.repeat(1 + Math.floor(random() * 40)) + 'q',
    () => Math.floor(random() * 2 ** 40) - 2 ** 39,
    () => random() * 10,
    () => pick([0, -1, 1, 100, 101, 2 ** 31, Number.MAX_SAFE_INTEGER]),
    () => pick([null, true, false, [], {}, ['a'], { $ne: 1 }]),
    () => 'src/escape.ts',
    () => pick(['keyword', 'semantic', 'hybrid', 'fuzzy'])
  ])()
}

test("a seeded fuzz of every tool's arguments: bounded answers, tool errors, nothing written", async () => {
  const before = await listing(work)
  const random = seededRandom(20_240_611)
  const keys: Record<string, string[]> = {
    search: ['query', 'top_k', 'path_glob', 'mode', 'min_score', 'repo'],
    symbols: ['name', 'limit', 'repo'],
    get_chunk: ['path', 'start_line', 'end_line', 'repo'],
    index_info: ['repo'],
    status: ['extra']
  }
  let errors = 0
  for (let i = 0; i < 60; i++) {
    const tool = Object.keys(keys)[Math.floor(random() * Object.keys(keys).length)]
    const args: Record<string, unknown> = {}
    for (const key of keys[tool]) if (random() < 0.8) args[key] = fuzzValue(random)
    const result = await call(tool, args)
    expect(result.content[0]).toEqual({ type: 'text', text: expect.any(String) })
    if (result.isError) errors++
    else expect(() => JSON.parse(result.content[0].text)).not.toThrow()
  }
  // Most fuzzed arguments are wrong, and each is refused as a tool error, not a crash.
  expect(errors).toBeGreaterThan(20)
  const info = JSON.parse((await call('index_info', {})).content[0].text)
  expect(info.counts.files).toBe(Object.keys(FILES).length)
  expect(await listing(work)).toEqual(before)
}, 300_000)
