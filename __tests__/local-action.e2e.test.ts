/**
 * The action from its source under GitHub's own local runner emulator (npm @github/local-action),
 * configured by the committed .env.example with the paths pointed at a temporary workspace.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { verifyIndex } from '../src/artifact/verify.js'
import { fixtureModel } from './helpers/model.js'
import { repoRoot } from './helpers/run-index.js'

let work: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ei-local-action-'))
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

/** .env.example with some variables replaced; every variable replaced must be in it. */
async function envFile(replace: Record<string, string>): Promise<string> {
  const lines = (await readFile(join(repoRoot, '.env.example'), 'utf8')).split('\n')
  const seen = new Set<string>()
  const out = lines.map(line => {
    const name = /^([A-Z_][\w-]*)=/.exec(line)?.[1]
    if (name === undefined || !(name in replace)) return line
    seen.add(name)
    return `${name}=${replace[name]}`
  })
  expect(Object.keys(replace).filter(name => !seen.has(name))).toEqual([])
  const file = join(work, '.env')
  await writeFile(file, out.join('\n') + `\nGITHUB_WORKSPACE=${join(work, 'workspace')}\n`)
  return file
}

function localAction(env: string): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        join(repoRoot, 'node_modules/@github/local-action/bin/local-action.js'),
        'run',
        '.',
        'src/main.ts',
        env
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let output = ''
    child.stdout.on('data', chunk => (output += String(chunk)))
    child.stderr.on('data', chunk => (output += String(chunk)))
    child.on('error', fail)
    child.on('close', code => done({ code, output }))
  })
}

test('runs under @github/local-action with .env.example and sets every output', async () => {
  const repo = join(work, 'workspace', 'repo')
  await mkdir(repo, { recursive: true })
  for (let i = 0; i < 6; i++) {
    await writeFile(join(repo, `note-${i}.md`), `# Note ${i}\n\nAbout shard ${i} and its merge.\n`)
  }
  const summary = join(work, 'summary.md')
  await writeFile(summary, '')
  const env = await envFile({
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: join(work, 'runner-temp'),
    INPUT_PATH: 'repo',
    INPUT_OUTPUT: 'embed-index',
    'INPUT_MODEL-PATH': await fixtureModel('tiny'),
    'INPUT_BATCH-SIZE': '2'
  })
  const { code, output } = await localAction(env)
  expect({ code, tail: output.slice(-2000) }).toMatchObject({ code: 0 })
  const outputs = Object.fromEntries(
    [...output.matchAll(/^::set-output name=([\w-]+)::(.*)$/gm)].map(m => [m[1], m[2]])
  )
  const action = parse(await readFile(join(repoRoot, 'action.yml'), 'utf8')) as {
    outputs: Record<string, unknown>
  }
  expect(Object.keys(outputs).sort()).toEqual(Object.keys(action.outputs).sort())
  expect(outputs['files-total']).toBe('6')
  // Two batches or more are embedded by forked workers, from the source under tsx.
  expect(Number(outputs.workers)).toBeGreaterThanOrEqual(1)
  expect(await verifyIndex(outputs['index-path'])).toMatchObject({ ok: true, files: 6 })
  expect(await readFile(summary, 'utf8')).toContain('files/sec')
})
