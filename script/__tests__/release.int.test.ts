/**
 * script/release on throw-away git repositories laid out like this one (package.json with a
 * `package` script that builds dist/, CHANGELOG.md), run as a user runs it: the bash entry, in
 * the repository. A bare repository stands in for origin; nothing leaves the machine.
 */
import { jest } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runRelease as releaseCommand } from '../tag-release.js'

const release = join(dirname(fileURLToPath(import.meta.url)), '..', 'release')

const BUILD = `const fs = require('node:fs')
fs.mkdirSync('dist', { recursive: true })
fs.writeFileSync('dist/index.js', '// built from: ' + fs.readFileSync('src.txt', 'utf8'))
`

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
}

function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text)
}

/** Sets package.json's version and, unless told not to, src/version.ts's and the changelog's. */
function setVersion(dir: string, version: string, changelog = true, code = true): void {
  const pkg = { name: 'x', version, private: true, scripts: { package: 'node build.cjs' } }
  write(dir, 'package.json', JSON.stringify(pkg, null, 2) + '\n')
  if (code) {
    mkdirSync(join(dir, 'src'), { recursive: true })
    write(dir, 'src/version.ts', `export const TOOL_VERSION = '${version}'\n`)
  }
  if (changelog) {
    const old = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').replace('# Changelog\n', '')
    write(dir, 'CHANGELOG.md', `# Changelog\n\n## [${version}] - 2026-12-02\n\n- Changes.\n${old}`)
  }
}

/** What `npm run package` does in these repositories, without npm's start-up. */
function build(dir: string): void {
  execFileSync(process.execPath, ['build.cjs'], { cwd: dir })
}

function commit(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '--quiet', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** A releasable repository at version 1.0.0, with a bare origin. */
function repository(): { dir: string; origin: string; head: string } {
  const base = mkdtempSync(join(tmpdir(), 'ei-release-'))
  const dir = join(base, 'work')
  const origin = join(base, 'origin.git')
  execFileSync('git', ['init', '--quiet', '--bare', origin])
  execFileSync('git', ['init', '--quiet', '-b', 'main', dir])
  git(dir, 'config', 'user.email', 'release@test')
  git(dir, 'config', 'user.name', 'release test')
  git(dir, 'remote', 'add', 'origin', origin)
  write(dir, 'build.cjs', BUILD)
  write(dir, 'src.txt', 'one\n')
  write(dir, 'CHANGELOG.md', '# Changelog\n')
  setVersion(dir, '1.0.0')
  build(dir)
  const head = commit(dir, 'first')
  git(dir, 'push', '--quiet', 'origin', 'main')
  return { dir, origin, head }
}

/** script/release as a user runs it: the bash entry, under tsx, in the repository. */
function runEntry(dir: string, ...args: string[]) {
  const result = spawnSync(release, args, { cwd: dir, encoding: 'utf8' })
  return { code: result.status, out: result.stdout + result.stderr }
}

/** The same command in this process (tsx starts slowly), its printing collected. */
function runRelease(dir: string, ...args: string[]) {
  const lines: string[] = []
  const collect = (...parts: unknown[]) => {
    lines.push(parts.join(' '))
  }
  const log = jest.spyOn(console, 'log').mockImplementation(collect)
  const error = jest.spyOn(console, 'error').mockImplementation(collect)
  try {
    const code = releaseCommand(args, dir)
    return { code, out: lines.map(line => `${line}\n`).join('') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

const tagsOf = (dir: string) => git(dir, 'tag', '--list').split('\n').filter(Boolean)
const commitOf = (dir: string, tag: string) => git(dir, 'rev-parse', `${tag}^{commit}`)

test('dry run on a releasable tree: every check passes, it prints the tags, it creates none', () => {
  const { dir, head } = repository()
  const { code, out } = runEntry(dir, '--dry-run')
  expect(out).toContain('release 1.0.0 (dry run)')
  expect(out).toContain('ok    the working tree is clean')
  expect(out).toContain('ok    dist/ equals a fresh build (npm run package)')
  expect(out).toContain('ok    CHANGELOG.md has a section for 1.0.0')
  expect(out).toContain('ok    src/version.ts states 1.0.0')
  expect(out).toContain('ok    v1.0.0 is new (latest release: none)')
  expect(out).toContain(`would create tag v1.0.0 at ${head.slice(0, 12)}`)
  expect(out).toContain(`would create tag v1 at ${head.slice(0, 12)}`)
  expect(code).toBe(0)
  expect(tagsOf(dir)).toEqual([])
})

test('a release tags vX.Y.Z and vX and pushes them; the next one moves vX and keeps v1.0.0', () => {
  const { dir, origin, head } = repository()
  expect(runRelease(dir).code).toBe(0)
  expect([commitOf(origin, 'v1.0.0'), commitOf(origin, 'v1')]).toEqual([head, head])
  expect(git(origin, 'cat-file', '-t', 'v1.0.0')).toBe('tag')

  write(dir, 'src.txt', 'two\n')
  setVersion(dir, '1.1.0')
  build(dir)
  const next = commit(dir, 'second')
  const { code, out } = runRelease(dir)
  expect(out).toContain(`moved tag v1 from ${head.slice(0, 12)} to ${next.slice(0, 12)}`)
  expect(code).toBe(0)
  expect(commitOf(origin, 'v1.1.0')).toBe(next)
  expect(commitOf(origin, 'v1')).toBe(next)
  expect(commitOf(origin, 'v1.0.0')).toBe(head)
})

test('a dirty tree stops it, naming the change; nothing is tagged', () => {
  const { dir } = repository()
  write(dir, 'notes.txt', 'uncommitted\n')
  const { code, out } = runRelease(dir)
  expect(code).toBe(1)
  expect(out).toMatch(/FAIL {2}the working tree has uncommitted changes:\n\s+\?\? notes\.txt/)
  expect(out).toContain('release: stopped, nothing tagged')
  expect(tagsOf(dir)).toEqual([])
})

test('a dist/ older than its sources stops it, in a dry run too', () => {
  const { dir } = repository()
  write(dir, 'src.txt', 'changed without rebuilding\n')
  commit(dir, 'forgot npm run package')
  const { code, out } = runRelease(dir, '--dry-run')
  expect(code).toBe(1)
  expect(out).toContain(
    "FAIL  dist/ differs from a fresh build: run 'npm run package' and commit dist/"
  )
  expect(out).toContain('M dist/index.js')
})

test('a version without its CHANGELOG section stops it', () => {
  const { dir } = repository()
  setVersion(dir, '1.0.1', false)
  commit(dir, 'bump without changelog')
  const { code, out } = runRelease(dir, '--dry-run')
  expect(code).toBe(1)
  expect(out).toContain('FAIL  CHANGELOG.md has no "## [1.0.1]" section')
})

test('a bump of package.json alone is refused: src/version.ts must state the same version', () => {
  const { dir } = repository()
  setVersion(dir, '1.1.0', true, false)
  commit(dir, 'bump package.json only')
  const { code, out } = runRelease(dir, '--dry-run')
  expect(code).toBe(1)
  expect(out).toContain('FAIL  src/version.ts states 1.0.0, package.json 1.1.0')
  expect(out).toContain('release: stopped, nothing tagged')
})

test.each(['1.0', '1.0.0-beta.1', 'v1.0.0'])('the version %j is refused: X.Y.Z only', version => {
  const { dir } = repository()
  setVersion(dir, version)
  commit(dir, 'odd version')
  const { code, out } = runRelease(dir, '--dry-run')
  expect(code).toBe(1)
  expect(out).toContain(`FAIL  package.json version "${version}" is not X.Y.Z`)
})

test('a version already released: the release stops; the dry run says so and passes', () => {
  const { dir } = repository()
  expect(runRelease(dir).code).toBe(0)
  write(dir, 'src.txt', 'more\n')
  build(dir)
  commit(dir, 'later work, same version')

  const real = runRelease(dir)
  expect(real.code).toBe(1)
  expect(real.out).toMatch(/FAIL {2}v1\.0\.0 is already released \(at [0-9a-f]{12}\)/)

  const dry = runRelease(dir, '--dry-run')
  expect(dry.code).toBe(0)
  expect(dry.out).toMatch(/ok {4}v1\.0\.0 is already released/)
  expect(dry.out).toContain('nothing to tag')
})

test('a version behind the latest release is refused; a release made elsewhere is fetched first', () => {
  const { dir, origin, head } = repository()
  // Someone else released 1.2.0 from another clone.
  git(origin, 'tag', 'v1.2.0', head)
  const { code, out } = runRelease(dir)
  expect(code).toBe(1)
  expect(out).toContain('FAIL  version 1.0.0 is behind the latest release v1.2.0')
})

test('anything but --dry-run is a usage error', () => {
  const { dir } = repository()
  expect(runEntry(dir, '--force')).toEqual({
    code: 2,
    out: 'usage: script/release [--dry-run]\n'
  })
})
