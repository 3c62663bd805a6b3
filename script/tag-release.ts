/**
 * `script/release [--dry-run]`: tags a release of the action as Actions users expect, like the
 * actions/typescript-action template's script/release, but non-interactive: the version is
 * package.json's. It checks, all before tagging:
 *
 * - the working tree is clean (the tags name a commit, so what is released is what is committed),
 * - dist/ equals a fresh `npm run package` (the action runs dist/ as committed),
 * - CHANGELOG.md has a `## [X.Y.Z]` section for the version,
 * - src/version.ts (the version every manifest records) states the same version,
 * - the version is X.Y.Z, not behind the latest release tag, and not released yet;
 *
 * then creates the annotated tag vX.Y.Z at HEAD, creates or moves the major tag vX to it, and
 * pushes both to `origin` (vX with --force: it moves by design; vX.Y.Z never moves). A release
 * first fetches origin's tags, so a release made elsewhere counts.
 *
 * `--dry-run` needs no network or remote (CI runs it): it runs the same checks against the tags
 * present and prints the tags it would create or move. A version already released is no error
 * there (the next release needs a new version, and says so); everything else that would stop a
 * release fails it too.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface Check {
  ok: boolean
  message: string
}

export interface TagMove {
  tag: string
  /** The commit the tag names now; undefined when it is created. */
  from?: string
  to: string
}

export interface ReleasePlan {
  version: string
  checks: Check[]
  /** Why there is nothing to tag, when the version is released already. */
  released?: string
  tags: TagMove[]
}

type Version = [number, number, number]

/** Where the code states its version (the one every manifest records). */
const VERSION_FILE = 'src/version.ts'

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trimEnd()
}

function parseVersion(text: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** Release tags (vX.Y.Z) and major tags (vX) by name, with the commit each names. */
function readTags(root: string): Map<string, string> {
  const lines = git(
    root,
    'for-each-ref',
    'refs/tags/v*',
    '--format=%(refname:strip=2) %(objectname) %(*objectname)'
  )
  const tags = new Map<string, string>()
  for (const line of lines.split('\n').filter(Boolean)) {
    const [name, object, peeled] = line.split(' ')
    tags.set(name, peeled || object)
  }
  return tags
}

function checkCleanTree(root: string): Check {
  const changes = git(root, 'status', '--porcelain', '--untracked-files=all')
  return changes === ''
    ? { ok: true, message: 'the working tree is clean' }
    : {
        ok: false,
        message: `the working tree has uncommitted changes:\n${indent(changes.split('\n').slice(0, 10))}`
      }
}

/** Rebuilds dist/ and compares it with the committed one. */
function checkDistFresh(root: string): Check {
  try {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'pipe' })
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString().trim() ?? ''
    return {
      ok: false,
      message: `npm run package failed:\n${indent(output.split('\n').slice(-10))}`
    }
  }
  const changed = git(root, 'status', '--porcelain', '--untracked-files=all', '--', 'dist')
  return changed === ''
    ? { ok: true, message: 'dist/ equals a fresh build (npm run package)' }
    : {
        ok: false,
        message:
          "dist/ differs from a fresh build: run 'npm run package' and commit dist/\n" +
          indent(changed.split('\n').slice(0, 10))
      }
}

function checkChangelog(root: string, version: string): Check {
  const file = join(root, 'CHANGELOG.md')
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]( - .+)?$`, 'm')
  return heading.test(text)
    ? { ok: true, message: `CHANGELOG.md has a section for ${version}` }
    : { ok: false, message: `CHANGELOG.md has no "## [${version}]" section` }
}

/** The tool version the code records (src/version.ts's TOOL_VERSION) is package.json's. */
function checkToolVersion(root: string, version: string): Check {
  const file = join(root, VERSION_FILE)
  const text = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const stated = /^export const TOOL_VERSION = '([^']*)'$/m.exec(text)?.[1]
  return stated === version
    ? { ok: true, message: `${VERSION_FILE} states ${version}` }
    : {
        ok: false,
        message: `${VERSION_FILE} states ${stated === undefined ? 'no TOOL_VERSION' : stated}, package.json ${version}: the manifests would record another version than the tag`
      }
}

/** The version against the release tags: new, released already (at which commit), or behind. */
function checkVersion(
  version: string,
  tags: Map<string, string>
): { check: Check; released?: string } {
  const parsed = parseVersion(version)
  if (!parsed) {
    return { check: { ok: false, message: `package.json version "${version}" is not X.Y.Z` } }
  }
  const releases = [...tags.keys()]
    .map(tag => ({ tag, version: parseVersion(tag.slice(1)) }))
    .filter((r): r is { tag: string; version: Version } => r.version !== undefined)
    .sort((a, b) => compare(b.version, a.version))
  const latest = releases[0]
  const released = tags.get(`v${version}`)
  if (released !== undefined) {
    const message = `v${version} is already released (at ${released.slice(0, 12)}): the next release needs a new version in package.json and src/version.ts, and its CHANGELOG section`
    return { check: { ok: false, message }, released: message }
  }
  if (latest && compare(parsed, latest.version) < 0) {
    return {
      check: { ok: false, message: `version ${version} is behind the latest release ${latest.tag}` }
    }
  }
  return {
    check: { ok: true, message: `v${version} is new (latest release: ${latest?.tag ?? 'none'})` }
  }
}

export function planRelease(root: string, dryRun: boolean): ReleasePlan {
  if (!dryRun) git(root, 'fetch', '--quiet', '--tags', 'origin')
  const version = String(
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version
  )
  const tags = readTags(root)
  const head = git(root, 'rev-parse', 'HEAD')
  const versionCheck = checkVersion(version, tags)
  const checks = [
    checkCleanTree(root),
    checkDistFresh(root),
    checkChangelog(root, version),
    checkToolVersion(root, version),
    // In a dry run a version already released is reported, not failed.
    dryRun && versionCheck.released
      ? { ok: true, message: versionCheck.released }
      : versionCheck.check
  ]
  if (versionCheck.released || !versionCheck.check.ok) {
    return { version, checks, released: versionCheck.released, tags: [] }
  }
  const major = `v${version.split('.')[0]}`
  const moves: TagMove[] = [{ tag: `v${version}`, to: head }]
  if (tags.get(major) !== head) moves.push({ tag: major, from: tags.get(major), to: head })
  return { version, checks, tags: moves }
}

/** Creates the tags and pushes them to origin. */
export function applyRelease(root: string, plan: ReleasePlan): void {
  for (const move of plan.tags) {
    // Only the major tag moves; the release tag is new (checked), and must stay so.
    const moving = move.tag !== `v${plan.version}`
    const message = moving ? `${move.tag}: v${plan.version}` : move.tag
    git(root, 'tag', '--annotate', ...(moving ? ['--force'] : []), '-m', message, move.tag, move.to)
  }
  for (const move of plan.tags) {
    const force = move.from !== undefined ? ['--force'] : []
    git(root, 'push', '--quiet', ...force, 'origin', `refs/tags/${move.tag}`)
  }
}

function describeMove(move: TagMove): string {
  const to = move.to.slice(0, 12)
  return move.from === undefined
    ? `tag ${move.tag} at ${to}`
    : `tag ${move.tag} from ${move.from.slice(0, 12)} to ${to}`
}

function indent(lines: string[]): string {
  return lines.map(line => `        ${line}`).join('\n')
}

/** The command: prints the checks and the tags; returns the exit code. */
export function runRelease(argv: string[], cwd = process.cwd()): number {
  const dryRun = argv.includes('--dry-run')
  if (argv.some(arg => arg !== '--dry-run')) {
    console.error('usage: script/release [--dry-run]')
    return 2
  }
  const root = git(cwd, 'rev-parse', '--show-toplevel')
  const plan = planRelease(root, dryRun)
  console.log(`release ${plan.version}${dryRun ? ' (dry run)' : ''}`)
  for (const check of plan.checks) console.log(`  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.message}`)
  if (plan.checks.some(check => !check.ok)) {
    console.error('release: stopped, nothing tagged')
    return 1
  }
  if (plan.released) {
    console.log('nothing to tag')
    return 0
  }
  if (dryRun) {
    for (const move of plan.tags)
      console.log(`would ${move.from ? 'move' : 'create'} ${describeMove(move)}`)
    return 0
  }
  applyRelease(root, plan)
  for (const move of plan.tags)
    console.log(`${move.from ? 'moved' : 'created'} ${describeMove(move)}`)
  console.log(`pushed ${plan.tags.map(move => move.tag).join(' and ')} to origin`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = runRelease(process.argv.slice(2))
}
