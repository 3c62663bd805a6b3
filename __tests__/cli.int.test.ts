/**
 * The CLI as a user runs it, in a child process, from the source (`node --import tsx
 * src/cli.ts`; __tests__/dist/ runs the bundle). Bad input fails with one error line and writes
 * nothing. (A run killed at any moment: cli-kill.e2e.test.ts.)
 */
import { existsSync } from 'node:fs'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { runCli } from './helpers/cli-process.js'
import { useTinyWorkspace } from './helpers/workspace.js'

/** A port on 127.0.0.1 that nothing listens on: taken from the OS, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(ready => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as { port: number }
  await new Promise(closed => server.close(closed))
  return port
}

const space = useTinyWorkspace('ei-cli-')
let repo: string

beforeAll(async () => {
  repo = join(space.work, 'repo')
  await mkdir(repo)
  await writeFile(join(repo, 'notes.md'), '# Notes\n\nA small file to index.\n')
})

const cli = (...args: string[]) => runCli(args, space.work)

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
      async () => ['--root', join(space.work, 'no-such-dir')],
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
        const partial = join(space.work, 'partial-model')
        await mkdir(partial, { recursive: true })
        await cp(join(space.model, 'config.json'), join(partial, 'config.json'))
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
        join(space.work, 'model-cache')
      ],
      /^error: Could not download config\.json .*ECONNREFUSED.* set model-path \(--model-path\) .* hub-url \(--hub-url\) to a mirror/,
      1
    ]
  ]

  it.each(cases)(
    '%s: one error line, exit non-zero, nothing written',
    async (_, flags, line, code) => {
      const out = join(space.work, 'never-written', 'index')
      const result = await cli('index', '--root', repo, '--out', out, ...(await flags()))
      expect(result.code).toBe(code)
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines.filter(l => l.startsWith('error:'))).toHaveLength(1)
      expect(lines[lines.length - 1]).toMatch(line)
      expect(result.stdout).toBe('')
      expect(existsSync(join(space.work, 'never-written'))).toBe(false)
    }
  )

  it('an output folder that cannot be written: named, before any work', async () => {
    const blocker = join(space.work, 'a-file')
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
  const three = join(space.work, 'three-files')
  await mkdir(three, { recursive: true })
  for (const n of [1, 2, 3]) await writeFile(join(three, `note-${n}.md`), `# Note ${n}\n`)
  const out = join(space.work, 'clamped')
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
    ...space.modelFlags
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

  const empty = join(space.work, 'empty')
  const none = await cli(
    'index',
    '--root',
    repo,
    '--out',
    empty,
    '--include',
    '**/*.nothing',
    ...space.modelFlags
  )
  expect(none.code).toBe(0)
  expect(none.stderr).toMatch(/^warning: no files to index under .*repo/m)
  expect(await cli('verify', '--index', empty)).toMatchObject({
    code: 0,
    stdout: `ok: ${empty}: 0 files, 0 chunks\n`
  })
})
