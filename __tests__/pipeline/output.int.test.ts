/**
 * The output folder and the stats file at the pipeline's door: nothing outside the output folder
 * is written, nothing that is not an index is overwritten, the stats file is checked before any
 * work, and a full disk after the index is written costs the figures only.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { verifyIndex } from '../../src/artifact/verify.js'
import { ConfigError } from '../../src/config/parse.js'
import { useTinyWorkspace } from '../helpers/workspace.js'
import { indexWithFlags, repoRoot } from '../helpers/run-index.js'

const space = useTinyWorkspace('ei-output-')
let repo: string

beforeAll(async () => {
  repo = join(space.work, 'repo')
  await mkdir(repo)
  await writeFile(join(repo, 'notes.md'), '# Notes\n\nA small file to index.\n')
})

function index(root: string, out: string, ...extra: string[]) {
  return indexWithFlags(['--root', root, '--out', out, ...space.modelFlags, ...extra], space.work)
}

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ConfigError)
  return (error as Error).message
}

describe('the output folder', () => {
  it('is never a symbolic link: a committed embed-index -> elsewhere is refused, elsewhere untouched', async () => {
    const elsewhere = join(space.work, 'elsewhere')
    await mkdir(elsewhere, { recursive: true })
    await writeFile(join(elsewhere, 'keep.txt'), 'keep me\n')
    await symlink(elsewhere, join(repo, 'embed-index'))
    try {
      expect(await refusal(index(repo, join(repo, 'embed-index')))).toMatch(
        /output folder .*embed-index is a symbolic link; choose another with output \/ --out/
      )
      expect(await readdir(elsewhere)).toEqual(['keep.txt'])
    } finally {
      await rm(join(repo, 'embed-index'))
    }
  })

  it('is never reached through a symbolic link inside the root', async () => {
    const elsewhere = join(space.work, 'elsewhere-2')
    await mkdir(elsewhere, { recursive: true })
    await symlink(elsewhere, join(repo, 'out'))
    try {
      expect(await refusal(index(repo, join(repo, 'out', 'idx')))).toMatch(
        /is reached through the symbolic link .*repo\/out/
      )
      expect(await readdir(elsewhere)).toEqual([])
    } finally {
      await rm(join(repo, 'out'))
    }
  })

  it('is never a folder holding other files: a project manifest.json is not overwritten', async () => {
    const project = join(space.work, 'proj')
    await mkdir(project, { recursive: true })
    await writeFile(join(project, 'manifest.json'), '{"name": "my-extension"}\n')
    expect(await refusal(index(repo, project))).toMatch(
      /proj holds files that are not an embed-index index .*empty or new folder \(output \/ --out\)/
    )
    expect(await readFile(join(project, 'manifest.json'), 'utf8')).toBe(
      '{"name": "my-extension"}\n'
    )
    await writeFile(join(project, 'README.md'), 'mine\n')
    expect(await refusal(index(repo, project))).toMatch(/"README\.md"/)
  })

  it('is never the root, even when the root is named through a link to the output', async () => {
    const out = join(space.work, 'out-and-root')
    await mkdir(out)
    await writeFile(join(out, 'file.md'), '# A file\n')
    await symlink(out, join(space.work, 'link-to-out'))
    expect(await refusal(index(join(space.work, 'link-to-out'), out))).toMatch(
      /is, or holds, the folder being indexed/
    )
    expect(await refusal(index(repo, space.work))).toMatch(/is, or holds, the folder being indexed/)
    expect(await refusal(index(repo, repo))).toMatch(/is, or holds, the folder being indexed/)
  })

  it('that cannot be made fails at once, never loops (/proc/x)', async () => {
    await expect(index(repo, '/proc/embed-index-cannot-be-here')).rejects.toThrow(
      /output folder \/proc\/embed-index-cannot-be-here is not writable \(ENOENT\)/
    )
  })

  it('that holds an index, or what a killed writer left, is written over', async () => {
    const out = join(space.work, 'reused')
    await index(repo, out)
    await mkdir(join(out, '.embed-index-next'))
    await writeFile(join(out, '.stats.json.123-abcd.tmp'), '{')
    await index(repo, out)
    expect(await verifyIndex(out)).toMatchObject({ ok: true, files: 1 })
    expect((await readdir(out)).sort()).toEqual([
      'chunks.jsonl',
      'manifest.json',
      'stats.json',
      'vectors.npy'
    ])
  })
})

describe('--stats-json', () => {
  it.each([
    [
      'inside the output folder',
      (out: string) => join(out, 'manifest.json'),
      /inside the output folder/
    ],
    ['a source file', () => join(repo, 'notes.md'), /exists and is not an embed-index stats file/],
    ['a folder', () => repo, /exists and is not a regular file/],
    [
      'in a missing folder',
      () => join(space.work, 'no-such', 's.json'),
      /is not in an existing folder/
    ]
  ])('is refused before any work when it is %s', async (_, file, problem) => {
    const out = join(space.work, `stats-${Math.random().toString(36).slice(2)}`)
    const before = await readFile(join(repo, 'notes.md'), 'utf8')
    const message = await refusal(index(repo, out, '--stats-json', file(out)))
    expect(message).toMatch(/^--stats-json: /)
    expect(message).toMatch(problem)
    expect(existsSync(out)).toBe(false)
    expect(await readFile(join(repo, 'notes.md'), 'utf8')).toBe(before)
  })

  it('overwrites an earlier stats file, whole', async () => {
    const file = join(space.work, 'stats.json')
    await index(repo, join(space.work, 'stats-a'), '--stats-json', file)
    const { stats } = await index(repo, join(space.work, 'stats-b'), '--stats-json', file)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(stats)
    expect((await readdir(space.work)).filter(name => name.includes('.tmp'))).toEqual([])
  })
})

describe('figures that cannot be written after the index is', () => {
  it('are a warning naming the file on a full disk, with no temporary file left behind', () => {
    // A full 4 KiB tmpfs in a mount namespace of its own: the CLI's --stats-json file goes there.
    const script = `
      set -e
      mount -t tmpfs -o size=4k tmpfs "$FULL"
      head -c 4096 /dev/zero > "$FULL/filler" || true
      set +e
      node --import "$TSX" "$CLI" index --root "$REPO" --out "$OUT" --model-path "$MODEL" \\
        --model local/tiny --stats-json "$FULL/stats.json" 2>&1
      echo "exit $?"
      ls -a "$FULL"
    `
    const full = join(space.work, 'full-disk')
    execFileSync('mkdir', ['-p', full])
    const output = execFileSync(
      'unshare',
      ['--user', '--map-root-user', '--mount', 'sh', '-c', script],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          FULL: full,
          TSX: import.meta.resolve('tsx'),
          CLI: join(repoRoot, 'src/cli.ts'),
          REPO: repo,
          OUT: join(space.work, 'full-disk-index'),
          MODEL: space.model
        }
      }
    )
    expect(output).toMatch(
      /warning: could not write the run's figures to .*full-disk\/stats\.json \(ENOSPC.*\); the index is whole/
    )
    expect(output).toMatch(/^exit 0$/m)
    expect(output.trim().split('\n').slice(-4)).toEqual(['exit 0', '.', '..', 'filler'])
  })
})
