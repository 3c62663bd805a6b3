/**
 * The CLI as a user runs it, in a child process, from the source (`node --import tsx
 * src/cli.ts`; __tests__/dist/ runs the bundle). Bad input fails with one error line and writes nothing; a run killed at any
 * moment leaves the previous index, the new one or none in the output folder, never a torn one.
 */
import { seededRandom } from './helpers/random.js'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { readIndexFiles } from '../src/artifact/read.js'
import { fixtureModel } from './helpers/model.js'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const CLI = ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli.ts')]
const INDEX_FILES = ['manifest.json', 'chunks.jsonl', 'vectors.npy']

interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, [...CLI, ...args], {
    cwd: work,
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', chunk => (stdout += String(chunk)))
  child.stderr!.on('data', chunk => (stderr += String(chunk)))
  return new Promise((done, fail) => {
    child.once('error', fail)
    child.once('close', (code, signal) => done({ code, signal, stdout, stderr }))
  })
}

const cli = (...args: string[]): Promise<Finished> => finished(start(args))

/** The index files of a folder, for byte comparison; undefined for a file that is not there. */
function indexBytes(dir: string): Record<string, string | undefined> {
  return Object.fromEntries(
    INDEX_FILES.map(file => {
      const path = join(dir, file)
      return [file, existsSync(path) ? readFileSync(path).toString('base64') : undefined]
    })
  )
}

function equal(a: Record<string, string | undefined>, b: Record<string, string | undefined>) {
  return INDEX_FILES.every(file => a[file] === b[file])
}

/** A port on 127.0.0.1 that nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(ready => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as { port: number }
  await new Promise(closed => server.close(closed))
  return port
}

let work: string
let model: string
let repo: string

beforeAll(async () => {
  model = await fixtureModel('tiny')
  work = await mkdtemp(join(tmpdir(), 'ei-cli-'))
  repo = join(work, 'repo')
  await mkdir(repo)
  await writeFile(join(repo, 'notes.md'), '# Notes\n\nA small file to index.\n')
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

const modelFlags = () => ['--model-path', model, '--model', 'local/tiny']

describe('bad input', () => {
  // [what, flags after `index --root repo --out OUT`, the error line, exit code]
  const cases: [string, () => Promise<string[]>, RegExp, number][] = [
    [
      'workers 0',
      async () => ['--workers', '0'],
      /^error: --workers: "0" is not valid; expected 'auto' or an integer >= 1$/,
      2
    ],
    ['negative workers', async () => ['--workers=-3'], /^error: --workers: "-3"/, 2],
    [
      'a flag value read as a flag',
      async () => ['--workers', '-3'],
      /^error: Option '--workers' argument is ambiguous\..*'--workers=-XYZ'/,
      2
    ],
    ['fractional workers', async () => ['--workers', '1.5'], /^error: --workers: "1\.5"/, 2],
    [
      'batch-size above 512',
      async () => ['--batch-size', '513'],
      /^error: --batch-size: "513" is not valid; expected an integer from 1 to 512$/,
      2
    ],
    [
      'max-tokens below 16',
      async () => ['--max-tokens', '8'],
      /^error: --max-tokens: "8" is not valid; expected an integer from 16 to 512$/,
      2
    ],
    [
      'an unknown dtype',
      async () => ['--dtype', 'int4'],
      /^error: --dtype: "int4" is not valid; expected 'fp32' or 'q8'$/,
      2
    ],
    ['shard 0/2', async () => ['--shard', '0/2'], /^error: --shard: "0\/2" is not valid/, 2],
    ['shard 3/2', async () => ['--shard', '3/2'], /^error: --shard: "3\/2" is not valid/, 2],
    [
      'shard a/b',
      async () => ['--shard', 'a/b'],
      /^error: --shard: "a\/b" is not valid; expected 'I\/N'/,
      2
    ],
    [
      'a root that does not exist',
      async () => ['--root', join(work, 'no-such-dir')],
      /^error: --root: ".*no-such-dir" is not valid; expected an existing directory$/,
      2
    ],
    [
      'a root that is a file',
      async () => ['--root', join(repo, 'notes.md')],
      /^error: --root: ".*notes\.md" is not valid; expected an existing directory$/,
      2
    ],
    [
      'model-path missing files',
      async () => {
        const partial = join(work, 'partial-model')
        await mkdir(partial, { recursive: true })
        await cp(join(model, 'config.json'), join(partial, 'config.json'))
        return ['--model-path', partial, '--model', 'local/tiny']
      },
      /^error: Model folder .*partial-model lacks tokenizer\.json, tokenizer_config\.json, onnx\/model\.onnx /,
      1
    ],
    [
      'an unreachable hub',
      async () => [
        '--hub-url',
        `http://127.0.0.1:${await closedPort()}`,
        '--cache-dir',
        join(work, 'model-cache')
      ],
      /^error: Could not download config\.json .*ECONNREFUSED.* set model-path \(--model-path\) .* hub-url \(--hub-url\) to a mirror/,
      1
    ]
  ]

  it.each(cases)(
    '%s: one error line, exit non-zero, nothing written',
    async (_, flags, line, code) => {
      const out = join(work, 'never-written', 'index')
      const result = await cli('index', '--root', repo, '--out', out, ...(await flags()))
      expect(result.code).toBe(code)
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines.filter(l => l.startsWith('error:'))).toHaveLength(1)
      expect(lines[lines.length - 1]).toMatch(line)
      expect(result.stdout).toBe('')
      expect(existsSync(join(work, 'never-written'))).toBe(false)
    }
  )

  it('an output folder that cannot be written: named, before any work', async () => {
    const blocker = join(work, 'a-file')
    await writeFile(blocker, 'keep me\n')
    const result = await cli('index', '--root', repo, '--out', join(blocker, 'index'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: output folder .*a-file\/index is not writable \(ENOTDIR\); choose another with output \/ --out\n$/
    )
    expect(await readFile(blocker, 'utf8')).toBe('keep me\n')
  })
})

test('workers far above the cores are clamped with a warning; include matching nothing gives an empty valid index', async () => {
  // Three chunks in batches of one: enough work to fork workers.
  const three = join(work, 'three-files')
  await mkdir(three, { recursive: true })
  for (const n of [1, 2, 3]) await writeFile(join(three, `note-${n}.md`), `# Note ${n}\n`)
  const out = join(work, 'clamped')
  const run = await cli(
    'index',
    '--root',
    three,
    '--out',
    out,
    '--workers',
    '100000',
    '--batch-size',
    '1',
    ...modelFlags()
  )
  expect(run.code).toBe(0)
  const cores = availableParallelism()
  expect(run.stderr).toContain(
    `warning: workers 100000 is more than the ${cores} usable cores; using ${cores}\n`
  )
  expect(await cli('verify', '--index', out)).toMatchObject({
    code: 0,
    stdout: `ok: ${out}: 3 files, 3 chunks\n`
  })

  const empty = join(work, 'empty')
  const none = await cli(
    'index',
    '--root',
    repo,
    '--out',
    empty,
    '--include',
    '**/*.nothing',
    ...modelFlags()
  )
  expect(none.code).toBe(0)
  expect(none.stderr).toMatch(/^warning: no files to index under .*repo/m)
  expect(await cli('verify', '--index', empty)).toMatchObject({
    code: 0,
    stdout: `ok: ${empty}: 0 files, 0 chunks\n`
  })
})

describe('the CLI killed while indexing', () => {
  let previous: string
  let complete: string
  let big: string
  // The same flags for every run of the big tree, so that a finished run gives the same bytes.
  const bigFlags = () => [
    '--root',
    big,
    '--include',
    '**/*.txt',
    '--store-text',
    '--workers',
    '2',
    ...modelFlags()
  ]

  beforeAll(async () => {
    // Lines of 120-letter words (one [UNK] token each): megabytes of chunk text to write, few
    // tokens to embed.
    big = join(work, 'big')
    await mkdir(big)
    const random = seededRandom(99)
    const word = () =>
      Array.from({ length: 120 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(
        ''
      )
    for (let file = 0; file < 60; file++) {
      const lines = Array.from({ length: 40 }, () => Array.from({ length: 10 }, word).join(' '))
      await writeFile(join(big, `part-${file}.txt`), lines.join('\n') + '\n')
    }
    previous = join(work, 'previous')
    const first = await cli('index', '--root', repo, '--out', previous, ...modelFlags())
    expect(first.code).toBe(0)
    complete = join(work, 'complete')
    const whole = await cli('index', '--out', complete, ...bigFlags())
    expect(whole.code).toBe(0)
  })

  /** Descendant processes of pid (its workers), from /proc. */
  function children(pid: number): number[] {
    return readdirSync('/proc')
      .filter(entry => /^\d+$/.test(entry))
      .filter(entry => {
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
        } catch {
          return false
        }
      })
      .map(Number)
  }

  /**
   * Whether the processes end within a minute. A worker notices its parent's death only once its
   * event loop is free, after loading the model, which takes seconds on a busy machine.
   */
  async function gone(pids: number[]): Promise<boolean> {
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      if (pids.every(pid => !existsSync(`/proc/${pid}`))) return true
      await new Promise(wait => setTimeout(wait, 50))
    }
    return false
  }

  /**
   * When to kill: while embedding (a seeded 0-100 ms after the 'chunks:' line, while the workers
   * start and embed); a seeded 0-10 ms after the writer's staging folder appears in OUT; and the
   * moment the old index is kept aside, as the new files are about to be moved in.
   */
  const moments: [moment: 'embedding' | 'staging' | 'swap', seed: number, maxDelayMs: number][] = [
    ['embedding', 1, 100],
    ['staging', 2, 10],
    ['swap', 3, 0]
  ]

  it.each(moments)(
    'killed %s (seed %d): the previous index, the complete new one, or none',
    async (moment, seed, maxDelayMs) => {
      const out = join(work, `killed-${moment}`)
      await cp(previous, out, { recursive: true })
      const delay = seededRandom(seed)() * maxDelayMs
      const child = start(['index', '--out', out, ...bigFlags()])
      const exit = finished(child)
      let workers: number[] = []
      const kill = () =>
        setTimeout(() => {
          if (existsSync('/proc')) workers = children(child.pid!)
          child.kill('SIGKILL')
        }, delay)
      const watcher = watch(out, (_, name) => {
        const staging = moment === 'staging' && name === '.embed-index-next'
        if (staging || (moment === 'swap' && name === '.embed-index-prev')) {
          watcher.close()
          kill()
        }
      })
      if (moment === 'embedding') {
        createInterface({ input: child.stderr! }).on('line', line => {
          if (line.startsWith('chunks: ')) kill()
        })
      }
      const result = await exit
      watcher.close()
      expect(await gone(workers)).toBe(true)

      // What the folder holds, by verify's verdict and by the bytes of the index readers read:
      // its own files, or the old index a writer killed mid-swap kept aside.
      const verdict = await cli('verify', '--index', out)
      const whole = await readIndexFiles(out).then(
        () => true,
        () => false
      )
      const bytes = indexBytes(whole ? out : join(out, '.embed-index-prev'))
      const holds =
        verdict.code === 1 && /^invalid: .*manifest\.json: missing\n$/.test(verdict.stdout)
          ? 'no index'
          : verdict.code !== 0
            ? verdict.stdout
            : equal(bytes, indexBytes(previous))
              ? 'the previous index'
              : equal(bytes, indexBytes(complete))
                ? 'the complete new index'
                : 'another valid index'
      const ended = result.signal === 'SIGKILL' ? 'killed' : `exit ${result.code}`
      const allowed =
        moment === 'embedding'
          ? // Nothing is written before the embedding is done.
            ['killed, the previous index']
          : // 13: once there was an index, there is always a whole one.
            [
              'killed, the previous index',
              'killed, the complete new index',
              // Done already when the kill came.
              'exit 0, the complete new index'
            ]
      // One of the allowed outcomes; when not, the failure shows what the run printed.
      const oneOf = new RegExp(`^(${allowed.join('|')})$`)
      expect({ outcome: `${ended}, ${holds}`, stderr: result.stderr }).toEqual({
        outcome: expect.stringMatching(oneOf),
        stderr: expect.any(String)
      })

      // The next run over the same folder finishes as if nothing had happened.
      expect(await cli('index', '--out', out, ...bigFlags())).toMatchObject({ code: 0 })
      expect(equal(indexBytes(out), indexBytes(complete))).toBe(true)
    }
  )
})
