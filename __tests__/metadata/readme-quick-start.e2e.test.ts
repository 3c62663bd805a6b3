/**
 * The README's local quick start, run as written on a fresh copy of this repository (its tracked
 * files, as they are in the working tree), so that the README cannot drift from what the commands
 * do. Every command of its `sh` blocks is listed below with what this test does with it: run it,
 * run it with the Hugging Face Hub unreachable, or leave it out and why. A command the README
 * gains or changes fails the first test until it is listed here.
 */
import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot } from '../helpers/run-index.js'

const DEMO_MS = 600_000

type Handling = 'setup' | 'run' | 'offline' | { skip: string }

const COMMANDS: Record<string, Handling> = {
  // The copy shares this checkout's node_modules; `npm ci`'s own part, the prepare script that
  // builds lib/, runs in the copy.
  'npm ci': 'setup',
  'npm test': { skip: 'it is the test suite this test belongs to' },
  "npx embed-index index --root . --out embed-index --exclude 'dist/**'": 'offline',
  'npx embed-index query --index embed-index --root . --text "how are shards merged"': {
    skip: "it needs the index built with the hub's model"
  },
  'npm run demo': 'run',
  'ONNXRUNTIME_NODE_INSTALL=skip npm install -g github:OWNER/embed-index': {
    skip: 'a global install from a named GitHub repository'
  },
  'embed-index query --index embed-index --root . --text "mergeIndexes"': {
    skip: 'it needs the global install'
  }
}

/** The commands of the `sh` blocks in the README's "Locally, on a fresh clone", split at `&&`. */
async function quickStartCommands(): Promise<string[]> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('### Locally, on a fresh clone')
  const end = readme.indexOf('\n### ', start + 1)
  expect(start).toBeGreaterThan(-1)
  const section = readme.slice(start, end)
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap(block => block[1].split('\n'))
    .flatMap(line => line.split(' && '))
    .map(command => command.trim())
    .filter(command => command !== '')
}

let copy: string
let home: string

beforeAll(async () => {
  const work = await mkdtemp(join(tmpdir(), 'ei-readme-'))
  copy = join(work, 'embed-index')
  home = join(work, 'home')
  await mkdir(home)
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8' })
  for (const file of tracked.split('\0').filter(path => path !== '')) {
    await mkdir(dirname(join(copy, file)), { recursive: true })
    await cp(join(repoRoot, file), join(copy, file), { force: true }).catch(error => {
      // A tracked file deleted in the working tree is not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    })
  }
  await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'))
  await shell('npm run build:lib')
}, 120_000)

afterAll(async () => {
  if (copy !== undefined) await rm(dirname(copy), { recursive: true, force: true })
})

/** Runs a command line in the copy with `sh`, as a reader pastes it; never rejects. */
function shell(
  command: string,
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 100_000
): Promise<{ code: number; stdout: string; stderr: string }> {
  const base: NodeJS.ProcessEnv = { ...process.env, ...env }
  // What jest gives its own processes stays out of the reader's shell.
  delete base.NODE_OPTIONS
  if (env.NODE_OPTIONS !== undefined) base.NODE_OPTIONS = env.NODE_OPTIONS
  return new Promise(resolve => {
    execFile(
      'sh',
      ['-c', command],
      {
        cwd: copy,
        env: base,
        maxBuffer: 64 * 1024 * 1024,
        timeout: timeoutMs,
        killSignal: 'SIGKILL'
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr })
      }
    )
  })
}

test('every command of the quick start is listed here with what this test does with it', async () => {
  const commands = await quickStartCommands()
  expect(commands.filter(command => !(command in COMMANDS))).toEqual([])
  expect(Object.keys(COMMANDS).filter(command => !commands.includes(command))).toEqual([])
})

test('with the hub unreachable, the index command fails naming the offline routes', async () => {
  const [command] = Object.entries(COMMANDS).find(([, how]) => how === 'offline')!
  // Every fetch fails as it does without a network; a fresh HOME holds no cached model.
  const refuse = join(home, 'refuse-fetch.mjs')
  await writeFile(
    refuse,
    "globalThis.fetch = async () => { throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND huggingface.co'), { code: 'ENOTFOUND' }) }) }\n"
  )
  const { code, stderr } = await shell(command, {
    HOME: home,
    NODE_OPTIONS: `--import=${refuse}`
  })
  expect({ code, stderr }).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/ENOTFOUND[\s\S]*--model-path[\s\S]*--hub-url/)
  })
}, 120_000)

test(
  'the demo indexes the copy, verifies the index and prints hybrid hits with snippets',
  async () => {
    const [command] = Object.entries(COMMANDS).find(([, how]) => how === 'run')!
    // It indexes the whole repository with a MiniLM-sized model: minutes on a small, shared machine.
    const { code, stdout, stderr } = await shell(command, {}, DEMO_MS - 20_000)
    expect({ code, tail: stderr.slice(-2000) }).toMatchObject({ code: 0 })
    expect(stdout).toMatch(/^ok: .*demo-index: \d+ files, \d+ chunks$/m)
    // A hit line, then its snippet's first line, numbered.
    expect(stdout).toMatch(/^\d+\.\d{4} {2}\S+:\d+-\d+\n +\d+ {2}/m)
    expect(stderr).not.toMatch(/fell back to semantic/)
  },
  DEMO_MS
)
