import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readIndex } from '../../src/artifact/read.js'
import { sourceCommit } from '../../src/pipeline/provenance.js'
import { fixtureModel } from '../helpers/model.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'

const SHA = 'a'.repeat(40)

/** git in `dir`, deaf to the settings of whoever runs the tests. */
function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, GIT_CONFIG_NOSYSTEM: '1' }
  }).trim()
}

let work: string
let repo: string
let model: string

beforeAll(async () => {
  model = await fixtureModel('tiny')
  work = await mkdtemp(join(tmpdir(), 'ei-provenance-'))
  repo = join(work, 'repo')
  await mkdir(join(repo, 'src', 'deep'), { recursive: true })
  await writeFile(
    join(repo, 'src', 'cluster.ts'),
    [
      '/** Runs jobs. */',
      'export class Cluster {',
      '  run(jobs: string[]): number {',
      '    return jobs.length',
      '  }',
      '}',
      ''
    ].join('\n')
  )
  await writeFile(join(repo, 'src', 'deep', 'tool.py'), 'def main():\n    return 1\n')
  // A byte order mark and CRLF line ends: the index reads neither, the blob has both.
  await writeFile(join(repo, 'notes.md'), '\ufeff# Notes\r\n\r\nSome text.\r\n')
  // Not UTF-8: indexed as decoded text, its bytes are not kept.
  await writeFile(join(repo, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'))
  git(repo, 'init', '-q')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'first')
  // Changed after the commit: the blob id is of what was indexed.
  await writeFile(join(repo, 'src', 'deep', 'tool.py'), 'def main():\n    return 2\n')
})

afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('an index of a git checkout', () => {
  it('records the HEAD commit and, per file, the blob id git gives its indexed bytes', async () => {
    const out = join(work, 'index')
    const common = [...localModelFlags(model), '--workers', '1']
    const { manifest } = await indexWithFlags(['--root', repo, '--out', out, ...common], work)
    expect(manifest.commit).toBe(git(repo, 'rev-parse', 'HEAD'))
    const blobs = Object.fromEntries(manifest.files.map(f => [f.path, f.git_blob]))
    expect(Object.keys(blobs)).toEqual([
      'latin1.txt',
      'notes.md',
      'src/cluster.ts',
      'src/deep/tool.py'
    ])
    // Committed and unchanged: the blob git holds, which `git cat-file` gives back.
    for (const path of ['notes.md', 'src/cluster.ts']) {
      const staged = git(repo, 'ls-files', '-s', path).split(/\s+/)[1]
      expect(blobs[path]).toBe(staged)
      expect(git(repo, 'cat-file', 'blob', staged)).toBe(
        (await readFile(join(repo, path), 'utf8')).trim()
      )
    }
    // Changed since: the blob of the indexed bytes, as `git hash-object` makes it.
    expect(blobs['src/deep/tool.py']).toBe(git(repo, 'hash-object', 'src/deep/tool.py'))
    expect(blobs['src/deep/tool.py']).not.toBe(
      git(repo, 'ls-files', '-s', 'src/deep/tool.py').split(/\s+/)[1]
    )
    // Not UTF-8: the blob of its bytes all the same.
    expect(blobs['latin1.txt']).toBe(git(repo, 'hash-object', 'latin1.txt'))
  })

  it('marks each row with its language and, in a declaration, its symbol', async () => {
    const out = join(work, 'rows')
    const common = [...localModelFlags(model), '--workers', '1']
    await indexWithFlags(['--root', repo, '--out', out, '--max-tokens', '16', ...common], work)
    const { rows } = await readIndex(out)
    const byPath = (path: string) => rows.filter(r => r.path === path)
    // By the line a row begins at: the class's lines, the method's, the class's closing brace.
    const cls = { path: 'class Cluster', kind: 'class' }
    const method = { path: 'class Cluster > method run', kind: 'method' }
    const expected = [cls, cls, method, method, method, cls]
    const cluster = byPath('src/cluster.ts')
    expect(cluster.length).toBeGreaterThan(1)
    expect(cluster.some(r => r.start_line === 3)).toBe(true)
    for (const row of cluster) {
      expect(row).toMatchObject({ language: 'typescript', symbol: expected[row.start_line - 1] })
    }
    expect(byPath('notes.md')[0]).toMatchObject({
      language: 'markdown',
      symbol: { path: 'section Notes', kind: 'section' }
    })
    expect(byPath('latin1.txt').every(r => r.language === null && r.symbol === undefined)).toBe(
      true
    )
  })
})

describe('sourceCommit', () => {
  it('is null outside git, or GITHUB_SHA in Actions when it is a commit id', async () => {
    const plain = await mkdtemp(join(work, 'plain-'))
    expect(await sourceCommit(plain, {})).toBeNull()
    expect(await sourceCommit(plain, { GITHUB_ACTIONS: 'true', GITHUB_SHA: SHA })).toBe(SHA)
    expect(await sourceCommit(plain, { GITHUB_SHA: SHA })).toBeNull()
    expect(await sourceCommit(plain, { GITHUB_ACTIONS: 'true', GITHUB_SHA: 'main' })).toBeNull()
  })

  it("prefers the checkout's own HEAD, and ignores a GIT_DIR set by a caller", async () => {
    const head = git(repo, 'rev-parse', 'HEAD')
    const env = { GITHUB_ACTIONS: 'true', GITHUB_SHA: SHA, PATH: process.env.PATH }
    expect(await sourceCommit(join(repo, 'src'), env)).toBe(head)
    const other = await mkdtemp(join(work, 'other-'))
    git(other, 'init', '-q')
    expect(await sourceCommit(repo, { ...env, GIT_DIR: join(other, '.git') })).toBe(head)
    // A repository without commits has no HEAD.
    expect(await sourceCommit(other, { PATH: process.env.PATH })).toBeNull()
  })
})
