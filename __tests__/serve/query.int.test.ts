/**
 * `embed-index query` as a user runs it (a child process, from the source): the three modes,
 * JSON hits with snippets, the score floor, the fallback without text; query
 * checks what verify checks, and its text output cannot be forged by a file name.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeNpy } from '../../src/artifact/npy.js'
import { runCli } from '../helpers/cli-process.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'
import { readNpyFile, removeTempDirs, replacePart, tempDir } from '../artifact/synthetic.js'

let work: string
let model: string
let repo: string
let plain: string // no stored text
let stored: string // --store-text

const FILES: Record<string, string> = {
  'src/merge.ts':
    'import { readIndex } from "./read"\n\nexport async function mergeShardManifests(dirs: string[]) {\n  return Promise.all(dirs.map(readIndex))\n}\n',
  'src/notes.ts':
    '// merge the shard manifests one by one\nexport const merge = 1\nexport const shard = 2\n',
  'docs/guide.md': '# Guide\n\nRun the indexer, then query it.\n',
  'docs/cache.md': '# Cache\n\nThe cache keeps the model and the prior index.\n'
}

const modelFlags = () => localModelFlags(model)
const query = (...args: string[]) => runCli(['query', ...modelFlags(), ...args], work)
const hitsOf = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>[]

beforeAll(async () => {
  model = await fixtureModel('tiny')
  work = await tempDir()
  repo = join(work, 'repo')
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(repo, path, '..'), { recursive: true })
    await writeFile(join(repo, path), text)
  }
  plain = join(work, 'plain')
  stored = join(work, 'stored')
  await indexWithFlags(['--root', repo, '--out', plain, ...modelFlags()], work)
  await indexWithFlags(['--root', repo, '--out', stored, '--store-text', ...modelFlags()], work)
})

afterAll(removeTempDirs)

test('keyword, semantic and hybrid modes; --json gives rows with score and snippet', async () => {
  const keyword = await query(
    '--index',
    plain,
    '--root',
    repo,
    '--text',
    'mergeShardManifests',
    '--mode',
    'keyword',
    '--json'
  )
  expect(keyword).toMatchObject({ code: 0, stderr: '' })
  const hits = hitsOf(keyword.stdout)
  // The identifier held whole counts 1 above the relative BM25 of the file with its parts only.
  expect(hits.map(hit => hit.path)).toEqual(['src/merge.ts', 'src/notes.ts'])
  expect(hits.map(hit => (hit.score as number) > 1)).toEqual([true, false])
  expect(hits[0]).toEqual({
    path: 'src/merge.ts',
    start_line: 1,
    end_line: 5,
    language: 'typescript',
    // The chunk begins with an import: its symbol is the function after it.
    symbol: { path: 'function mergeShardManifests', kind: 'function' },
    tokens: expect.any(Number),
    sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    score: expect.any(Number),
    source: 'index',
    snippet: expect.stringContaining('export async function mergeShardManifests('),
    snippet_line: expect.any(Number)
  })

  const semantic = hitsOf(
    (
      await query(
        '--index',
        plain,
        '--root',
        repo,
        '--text',
        'merge',
        '--mode',
        'semantic',
        '--json',
        '--top',
        '3'
      )
    ).stdout
  )
  expect(semantic).toHaveLength(3)
  expect(semantic.every(hit => Math.abs(hit.score as number) <= 1)).toBe(true)

  const hybrid = await query('--index', plain, '--root', repo, '--text', 'mergeShardManifests')
  expect(hybrid.code).toBe(0)
  expect(hybrid.stdout).toMatch(/^\d\.\d{4} {2}src\/merge\.ts:1-5\n {7}\d {2}/)
})

test('--top and --min-score bound the hits; a bad mode is a flag error', async () => {
  const run = (...flags: string[]) =>
    query('--index', plain, '--root', repo, '--text', 'mergeShardManifests', '--json', ...flags)
  expect(hitsOf((await run('--top', '1')).stdout)).toHaveLength(1)
  const floor = hitsOf((await run('--mode', 'keyword', '--min-score', '1.5')).stdout)
  expect(floor.map(hit => hit.path)).toEqual(['src/merge.ts'])
  expect(await run('--mode', 'fuzzy')).toMatchObject({
    code: 2,
    stderr: `error: --mode: "fuzzy" is not valid; expected 'semantic' or 'keyword' or 'hybrid'\n`
  })
})

test('without text: keyword search fails saying why; hybrid falls back to semantic with a warning', async () => {
  const keyword = await query('--index', plain, '--text', 'merge', '--mode', 'keyword')
  expect(keyword).toMatchObject({
    code: 1,
    stdout: '',
    stderr: expect.stringMatching(
      /^error: keyword search needs chunk text, but the index stores no chunk text \(built without store-text\) and no --root .* was given\n$/
    )
  })
  const hybrid = await query('--index', plain, '--text', 'merge', '--json')
  expect(hybrid.code).toBe(0)
  expect(hybrid.stderr).toMatch(/^warning: hybrid search fell back to semantic: /)
  expect(hitsOf(hybrid.stdout).every(hit => hit.snippet === undefined)).toBe(true)
})

test('stored text gives snippets without a root; with one, an edited file is marked stale', async () => {
  const alone = hitsOf(
    (await query('--index', stored, '--text', 'mergeShardManifests', '--json')).stdout
  )
  expect(alone[0]).toMatchObject({
    path: 'src/merge.ts',
    snippet: expect.stringContaining('mergeShardManifests')
  })
  expect(alone[0].stale).toBeUndefined()

  const edited = join(work, 'edited')
  await cp(repo, edited, { recursive: true })
  await writeFile(join(edited, 'src/merge.ts'), FILES['src/merge.ts'].replace('dirs', 'folders'))
  // --no-watch: text from the working tree only where it is as indexed: the edited file is left
  // out of keyword search, with a warning.
  const fromTree = await query(
    '--index',
    plain,
    '--root',
    edited,
    '--no-watch',
    '--text',
    'mergeShardManifests',
    '--mode',
    'keyword'
  )
  expect(fromTree.stderr).toMatch(
    /^warning: 1 of 4 indexed files have changed under .*edited since the index was built/
  )
  expect(fromTree.stdout).toMatch(/^1\.0000 {2}src\/notes\.ts:1-3\n/)
  expect(fromTree.stdout).not.toMatch(/merge\.ts/)

  const result = await query(
    '--index',
    stored,
    '--root',
    edited,
    '--no-watch',
    '--text',
    'mergeShardManifests'
  )
  expect(result.stdout).toMatch(
    /^\d\.\d{4} {2}src\/merge\.ts:1-5 {2}\(stale: changed since it was indexed\)\n/
  )

  // By default the working tree is taken in first: the edit is searched as it is now.
  const overlaid = await query(
    '--index',
    plain,
    '--root',
    edited,
    '--text',
    'folders',
    '--mode',
    'keyword',
    '--json'
  )
  expect(overlaid).toMatchObject({ code: 0, stderr: '' })
  expect(hitsOf(overlaid.stdout)[0]).toMatchObject({
    path: 'src/merge.ts',
    source: 'overlay',
    snippet: expect.stringContaining('folders')
  })
  const text = await query(
    '--index',
    stored,
    '--root',
    edited,
    '--text',
    'folders',
    '--mode',
    'keyword'
  )
  expect(text.stdout).toMatch(
    /^1\.\d{4} {2}src\/merge\.ts:1-5 {2}\(working tree: changed since it was indexed\)\n/
  )
})

test('query refuses an index whose vectors verify rejects (a row scaled ×5 to rank first)', async () => {
  const forged = join(work, 'forged')
  await cp(plain, forged, { recursive: true })
  const path = join(forged, 'vectors.npy')
  const vectors = await readNpyFile(path)
  for (let i = 0; i < vectors.cols; i++) vectors.data[vectors.cols + i] *= 5
  await replacePart(forged, 'vectors.npy', encodeNpy(vectors))

  const result = await query('--index', forged, '--text', 'the cache', '--mode', 'semantic')
  expect(result).toMatchObject({ code: 1, stdout: '' })
  expect(result.stderr).toMatch(
    /^error: .*forged\/vectors\.npy: row 1 has norm 5\.\d*, expected 1\n$/
  )
  expect(await runCli(['verify', '--index', forged], work)).toMatchObject({ code: 1 })
})

test('text output escapes control characters, so a file name cannot add or rewrite lines', async () => {
  const hostile = join(work, 'hostile')
  const name = 'evil\n1.0000  fake.ts:1-1\x1b[2J\u202e.md'
  await mkdir(hostile)
  await writeFile(join(hostile, name), 'a tab\there and an escape \x1b[31m in the text\n')
  const index = join(work, 'hostile-index')
  await indexWithFlags(['--root', hostile, '--out', index, '--store-text', ...modelFlags()], work)

  const result = await query('--index', index, '--text', 'escape', '--mode', 'keyword')
  expect(result.code).toBe(0)
  expect(result.stdout).toBe(
    '1.0000  evil\\n1.0000  fake.ts:1-1\\x1b[2J\\u202e.md:1-1\n' +
      '       1  a tab\there and an escape \\x1b[31m in the text\n'
  )
  // JSON keeps the name as it is, escaped the JSON way.
  const json = hitsOf((await query('--index', index, '--text', 'escape', '--json')).stdout)
  expect(json[0].path).toBe(name)
})

test('--timings prints each phase of a query to stderr, the hits alone to stdout', async () => {
  const run = await query('--index', stored, '--text', 'merge the shards', '--json', '--timings')
  expect(run.code).toBe(0)
  expect(hitsOf(run.stdout).length).toBeGreaterThan(0)
  const phases = run.stderr
    .trim()
    .split('\n')
    .map(line => /^(.+?) +(\d+) ms$/.exec(line)?.[1])
  for (const phase of [
    'start-up',
    'read+parse',
    'verify',
    'unit norms',
    'open session',
    'model load',
    'embed query',
    'search',
    'total'
  ]) {
    expect(phases).toContain(phase)
  }
  expect(phases).not.toContain(undefined)
})

test('a keyword query loads no model: --timings shows no model load', async () => {
  const run = await query('--index', stored, '--text', 'merge', '--mode', 'keyword', '--timings')
  expect(run.code).toBe(0)
  expect(run.stderr).toMatch(/^keyword index +\d+ ms$/m)
  expect(run.stderr).not.toMatch(/model load/)
})
