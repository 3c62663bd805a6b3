/**
 * The bundle as a runner runs it: `node dist/index.js` with INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the real @actions/cache client talking to a local stand-in for
 * GitHub's cache service (blobs in Azurite), and the model downloaded from a local hub. Run by
 * `npm run test:dist`, after `npm run package`; run() itself is tested from the source by
 * __tests__/main.int.test.ts.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type { ChunkRow } from '../../src/artifact/format.js'
import { startCacheService, type CacheService } from '../helpers/cache-service.js'
import { startGitHubApi } from '../helpers/github-api.js'
import { startHubServer, type HubServer } from '../helpers/hub-server.js'
import { fixtureModel } from '../helpers/model.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const MODEL_ID = 'test-org/tiny-bert'
const actionInputs = (
  parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
).inputs

interface Run {
  code: number | null
  stdout: string
  outputs: Record<string, string>
  summary: string
}

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv
): Promise<{ code: number | null; stdout: string }> {
  // Asynchronous on purpose: the hub and cache servers live in this process.
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += String(chunk)))
    child.stderr.on('data', chunk => (stdout += String(chunk)))
    child.on('error', fail)
    child.on('close', code => done({ code, stdout }))
  })
}

/**
 * The index in `dir` once the packaged CLI's `verify` passed it: its manifest and rows as the
 * files hold them (read here as plain JSON: this suite runs dist/ and lib/, not the source, whose
 * reader starts a worker thread from a TypeScript file).
 */
async function verifiedIndexFiles(dir: string) {
  const verify = await run(join(repoRoot, 'lib/cli.js'), ['verify', '--index', dir], process.env)
  expect(verify.code).toBe(0)
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    files: { path: string }[]
  }
  const lines = (await readFile(join(dir, 'chunks.jsonl'), 'utf8')).trimEnd().split('\n')
  return { manifest, rows: lines.map(line => JSON.parse(line) as ChunkRow) }
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

let work: string
let hub: HubServer
let cache: CacheService
let workspace: string

/**
 * One step on a fresh runner: RUNNER_TEMP is the same path on every run, as on GitHub's runners
 * (the cache version hashes the cached paths), but starts empty.
 */
async function runAction(
  inputs: Record<string, string>,
  sha: string,
  envOverrides: Record<string, string> = {}
): Promise<Run> {
  const runnerTemp = join(work, 'runner-temp')
  await rm(runnerTemp, { recursive: true, force: true })
  await mkdir(runnerTemp, { recursive: true })
  const outputFile = join(runnerTemp, 'output.txt')
  const summaryFile = join(runnerTemp, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...cache.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: sha,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...envOverrides
  }
  // Like the runner: every input with a default in action.yml is passed, given or not.
  const defaults = Object.entries(actionInputs).flatMap(([name, spec]) =>
    spec.default === undefined ? [] : [[name, spec.default]]
  )
  for (const [name, value] of [...defaults, ...Object.entries(inputs)]) {
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  const { code, stdout } = await run(join(repoRoot, 'dist/index.js'), [], env)
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8')
  }
}

const baseInputs = () => ({
  path: 'repo',
  output: 'embed-index',
  model: MODEL_ID,
  'hub-url': hub.url,
  'batch-size': '8',
  'store-text': 'true'
})

beforeAll(async () => {
  const model = await fixtureModel('tiny')
  hub = await startHubServer(MODEL_ID, 'main', model)
  cache = await startCacheService()
  work = await mkdtemp(join(tmpdir(), 'ei-action-'))
  workspace = join(work, 'workspace')
  await cp(join(repoRoot, 'src/scan'), join(workspace, 'repo/scan'), { recursive: true })
  await cp(join(repoRoot, 'src/report'), join(workspace, 'repo/report'), { recursive: true })
})

afterAll(async () => {
  await hub?.close()
  await cache?.stop()
  await rm(work, { recursive: true, force: true })
})

test('sets every output, writes a summary and an index that verifies and answers queries', async () => {
  const result = await runAction(baseInputs(), 'sha-1')
  expect({ code: result.code, log: result.stdout.slice(-3000) }).toEqual({
    code: 0,
    log: expect.any(String)
  })
  const declared = Object.keys(parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')).outputs)
  expect(Object.keys(result.outputs).sort()).toEqual([...declared].sort())
  expect(Number(result.outputs['files-total'])).toBeGreaterThan(5)
  expect(Number(result.outputs['files-per-second'])).toBeGreaterThan(0)
  expect(result.outputs['model-cache-hit']).toBe('false')
  expect(result.summary).toContain('files/sec')
  expect(result.stdout).toContain('::group::index')

  const indexDir = result.outputs['index-path']
  const index = await verifiedIndexFiles(indexDir)

  const stats = JSON.parse(await readFile(result.outputs['stats-path'], 'utf8'))
  expect(stats.files_total).toBe(Number(result.outputs['files-total']))

  // A chunk's own text embeds to the chunk's own vector, so semantic search finds it first (keyword
  // and hybrid search rank a chunk that defines a name the text uses above it).
  const row = index.rows[Math.floor(index.rows.length / 2)]
  const query = await run(
    join(repoRoot, 'lib/cli.js'),
    [
      'query',
      '--index',
      indexDir,
      '--text',
      row.text!,
      '--mode',
      'semantic',
      '--json',
      '--top',
      '3',
      '--hub-url',
      hub.url,
      '--cache-dir',
      join(work, 'runner-1', 'embed-index', 'models')
    ],
    process.env
  )
  expect(query.code).toBe(0)
  const hits = JSON.parse(query.stdout.slice(query.stdout.indexOf('[')))
  expect(hits[0]).toMatchObject({
    path: row.path,
    start_line: row.start_line,
    end_line: row.end_line
  })
})

test('a second runner restores model and index from the cache and embeds nothing; edits re-embed exactly the changed files', async () => {
  await rm(join(workspace, 'embed-index'), { recursive: true, force: true })
  const inputs = { ...baseInputs(), 'cache-key-prefix': 'consecutive' }
  const first = await runAction(inputs, 'sha-a')
  expect(first.code).toBe(0)
  expect(Number(first.outputs['files-embedded'])).toBe(Number(first.outputs['files-total']))

  // A fresh runner: new RUNNER_TEMP (so an empty model folder), no index in the workspace.
  await rm(join(workspace, 'embed-index'), { recursive: true, force: true })
  const hubRequests = hub.requests.length
  const second = await runAction(inputs, 'sha-b')
  expect(second.code).toBe(0)
  expect(second.outputs['model-cache-hit']).toBe('true')
  expect(second.outputs['index-cache-hit']).toBe('true')
  expect(second.outputs['files-embedded']).toBe('0')
  expect(second.outputs['workers']).toBe('0')
  // One question to the hub (which commit `main` is), no download.
  expect(hub.requests.slice(hubRequests)).toEqual([`HEAD /${MODEL_ID}/resolve/main/config.json`])
  expect(second.summary).toContain('previous index')

  // Edit one file, delete one, add one.
  const repo = join(workspace, 'repo')
  await writeFile(
    join(repo, 'report/progress.ts'),
    (await readFile(join(repo, 'report/progress.ts'), 'utf8')) + '\n// edited\n'
  )
  await rm(join(repo, 'report/summary-markdown.ts'))
  await writeFile(join(repo, 'report/added.md'), '# Added\n\nA new note about throughput.\n')
  await rm(join(workspace, 'embed-index'), { recursive: true, force: true })
  const third = await runAction(inputs, 'sha-c')
  expect(third.code).toBe(0)
  expect(third.outputs['index-cache-hit']).toBe('true')
  expect(third.outputs['files-embedded']).toBe('2')
  expect(third.summary).toContain('**Index changes:** files 1 added, 1 changed, 1 removed')
  const index = await verifiedIndexFiles(third.outputs['index-path'])
  const paths = index.manifest.files.map(f => f.path)
  expect(paths).toContain('report/added.md')
  expect(paths).not.toContain('report/summary-markdown.ts')
})

// Failing and hanging cache services are covered with shortened client retries in
// __tests__/cache/faults.int.test.ts; here, a runner that gives the step no cache service at all.
test('no cache service is a warning, never a failed step', async () => {
  const result = await runAction({ ...baseInputs(), 'cache-key-prefix': 'absent' }, 'sha-f', {
    ACTIONS_RESULTS_URL: '',
    ACTIONS_CACHE_URL: ''
  })
  expect(result.code).toBe(0)
  expect(result.outputs['index-cache-hit']).toBe('false')
  expect(result.stdout).toMatch(/::warning::the Actions cache service is not available/)
  expect(Number(result.outputs['files-total'])).toBeGreaterThan(0)
})

// The bundled @actions/github Octokit, against the local REST stand-in.
test('on a pull request, comment and cache-cleanup reach the GitHub API with the job token', async () => {
  const api = await startGitHubApi()
  try {
    const event = join(work, 'event.json')
    await writeFile(
      event,
      JSON.stringify({ pull_request: { number: 3, head: { repo: { full_name: 'octo/w' } } } })
    )
    const inputs = {
      ...baseInputs(),
      'cache-key-prefix': 'pr',
      comment: 'true',
      'cache-cleanup': 'true',
      'max-slowdown': '0.5',
      'github-token': 'job-token'
    }
    const result = await runAction(inputs, 'sha-pr', {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/w',
      GITHUB_REF: 'refs/pull/3/merge',
      GITHUB_API_URL: api.url,
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'index'
    })
    expect(result.code).toBe(0)
    expect(api.comments.get(3)?.map(c => c.body)).toEqual([
      `<!-- embed-index: ci / index -->\n${result.summary}`
    ])
    expect(result.summary).toContain('➖ `max-slowdown 0.5` not applied: ')
    expect(api.requests.map(r => r.route)).toEqual([
      'list-comments',
      'create-comment',
      'list-caches'
    ])
    expect(api.requests.every(r => r.authorization === 'token job-token')).toBe(true)
  } finally {
    await api.stop()
  }
})
