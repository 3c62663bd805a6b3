/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed into an empty folder
 * outside this repository with `npm install --omit=dev` and ONNXRUNTIME_NODE_INSTALL=skip, as
 * docs/cli-and-mcp.md says (without it onnxruntime-node's install script fetches GPU binaries
 * from a host beyond the npm registry), and `npx embed-index` run from there: index (with forked
 * workers, so the worker entry must resolve inside the package), query and serve. The installed
 * size and the install time are printed; the size has a ceiling. Needs the npm registry or a warm
 * npm cache (`npm ci` leaves one), nothing else.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { execFile } from 'node:child_process'
import { lstat, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fixtureModel } from '../helpers/model.js'
import { repoRoot } from '../helpers/run-index.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const run = promisify(execFile)

// What npm and the installed CLI see: no jest flags, ONNX Runtime's GPU download skipped.
const env: NodeJS.ProcessEnv = { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' }
delete env.NODE_OPTIONS

let work: string
let tarball: string
let packed: string[]

/** What `npm install --omit=dev` of the tarball may occupy: onnxruntime-node alone is ~290 MB. */
const INSTALLED_MB_CEILING = 420

/** The bytes of the files under a folder (links not followed). */
async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? await folderBytes(path) : (await lstat(path)).size
  }
  return total
}

// npm pack builds lib/ (the prepare script); npm install copies ONNX Runtime (about 300 MB) from the cache.
const SLOW_MS = 300_000

beforeAll(async () => {
  work = await tempDir()
  const { stdout } = await run('npm', ['pack', '--pack-destination', work, '--json'], {
    cwd: repoRoot,
    env,
    maxBuffer: 16 * 1024 * 1024
  })
  const [pack] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
  tarball = join(work, pack.filename)
  packed = pack.files.map(file => file.path).sort()
}, SLOW_MS)

afterAll(removeTempDirs)

test('the tarball holds the built CLI, its worker and thread, the README and the licence, nothing else', async () => {
  expect(packed.filter(path => !path.startsWith('lib/'))).toEqual([
    'LICENSE',
    'README.md',
    'package.json'
  ])
  expect(packed).toEqual(
    expect.arrayContaining([
      'lib/cli.js',
      'lib/worker.js',
      'lib/keyword-worker.js',
      'lib/graph-worker.js',
      'lib/embedder-worker.js',
      'lib/digest-worker.js'
    ])
  )
  // lib/ holds JavaScript and the licences of the packages bundled into it.
  expect(packed.filter(path => path.startsWith('lib/') && !path.endsWith('.js'))).toEqual([
    'lib/bundle.licenses.txt'
  ])
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'))
  expect(pkg).toMatchObject({
    name: 'embed-index',
    bin: { 'embed-index': 'lib/cli.js' },
    license: 'MIT',
    engines: { node: expect.any(String) },
    dependencies: {
      'onnxruntime-node': expect.any(String),
      '@modelcontextprotocol/sdk': expect.any(String)
    }
  })
  // transformers.js is bundled into lib/: installed, it would bring onnxruntime-web and sharp.
  expect(Object.keys(pkg.dependencies)).not.toContain('@huggingface/transformers')
  expect(pkg.private).toBeUndefined()
  expect(
    (await readFile(join(repoRoot, 'lib/cli.js'), 'utf8')).startsWith('#!/usr/bin/env node\n')
  ).toBe(true)
})

test(
  'installed alone with --omit=dev, `npx embed-index` indexes, queries and serves',
  async () => {
    const app = join(work, 'app')
    const repo = join(app, 'repo')
    await mkdir(repo, { recursive: true })
    const started = performance.now()
    await run(
      'npm',
      ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball],
      {
        cwd: app,
        env
      }
    )
    const seconds = (performance.now() - started) / 1000
    const installedMb = (await folderBytes(join(app, 'node_modules'))) / 1e6
    console.log(
      `npm install --omit=dev of the tarball: ${installedMb.toFixed(0)} MB in ${seconds.toFixed(1)} s`
    )
    expect(installedMb).toBeLessThanOrEqual(INSTALLED_MB_CEILING)
    for (let n = 1; n <= 3; n++) {
      await writeFile(
        join(repo, `part-${n}.ts`),
        `export function handlePart${n}() {\n  return ${n}\n}\n`
      )
    }
    const model = await fixtureModel('tiny')
    const modelFlags = ['--model-path', model, '--model', 'local/tiny']
    const npx = (...args: string[]) =>
      run('npx', ['--no', 'embed-index', ...args], { cwd: app, env })

    // Forked workers (0 would mean it fell back to embedding in-process): lib/worker.js resolved.
    const index = await npx(
      'index',
      '--root',
      'repo',
      '--out',
      'index',
      '--workers',
      '2',
      '--batch-size',
      '1',
      '--stats-json',
      'stats.json',
      ...modelFlags
    )
    expect(index.stderr).not.toMatch(/warning/)
    const stats = JSON.parse(await readFile(join(app, 'stats.json'), 'utf8'))
    expect(stats).toMatchObject({ files_total: 3, workers: expect.any(Number) })
    expect(stats.workers).toBeGreaterThan(0)

    const { stdout } = await npx(
      'query',
      '--index',
      'index',
      '--root',
      'repo',
      '--text',
      'handlePart2',
      '--json',
      ...modelFlags
    )
    expect(JSON.parse(stdout)[0]).toMatchObject({
      path: 'part-2.ts',
      snippet: expect.stringContaining('handlePart2')
    })

    const client = new Client({ name: 'tarball-test', version: '1.0.0' })
    await client.connect(
      new StdioClientTransport({
        command: 'npx',
        args: ['--no', 'embed-index', 'serve', '--index', 'index', '--root', 'repo', ...modelFlags],
        cwd: app,
        env: env as Record<string, string>,
        stderr: 'ignore'
      }),
      { timeout: 120_000 }
    )
    try {
      expect((await client.listTools()).tools.map(tool => tool.name)).toEqual([
        'search',
        'symbols',
        'get_chunk',
        'index_info',
        'status'
      ])
      const result = (await client.callTool({
        name: 'search',
        arguments: { query: 'handlePart3' }
      })) as {
        content: { text: string }[]
      }
      expect(JSON.parse(result.content[0].text).hits[0].path).toBe('part-3.ts')
    } finally {
      await client.close()
    }
  },
  SLOW_MS
)
