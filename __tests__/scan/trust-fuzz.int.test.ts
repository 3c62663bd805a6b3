/**
 * Seeded random trees with symbolic links (to files, to folders, loops, out of the root, into
 * .git), random .gitignore files and random include and exclude globs, against one invariant:
 * every indexed path's real path is that path under the root, git lists it (so no .gitignore
 * drops it and no link leads to it), an include glob matches it, no exclude glob does, it is no
 * secret; every skipped path is one git lists and no exclude glob covers; and every file git lists
 * that the globs select is indexed or listed as skipped. Most rounds scan; a few run the whole
 * pipeline twice and check also that nothing outside the output folder changed and that the index
 * did not take in its own files.
 */
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { mkdir, readFile, symlink, writeFile, appendFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { readIndex } from '../../src/artifact/read.js'
import { scanRepository } from '../../src/scan/scan.js'
import { fixtureModel } from '../helpers/model.js'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { indexWithFlags } from '../helpers/run-index.js'
import { localModelFlags } from '../helpers/workspace.js'
import { gitInit, gitListed } from './git.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterEach(removeTrees)

/** Rounds start from this seed; EMBED_INDEX_FUZZ_SEED runs the one round of that seed. */
const BASE_SEED = 11_2025
const SCAN_ROUNDS = 80
const PIPELINE_ROUNDS = 6
const ONLY_SEED = process.env.EMBED_INDEX_FUZZ_SEED

const GIT_MARKER = 'GIT-CONFIG-MARKER-3b9e'
const OUTSIDE_MARKER = 'OUTSIDE-MARKER-8c41'
const FAKE_KEY = 'AKIA' + 'ABCDEFGHIJKLMNOP'

const SEGMENTS = [
  'a',
  'A',
  'b',
  'B',
  'docs',
  'build',
  'Build',
  'sub',
  'x y',
  '#h',
  '!n',
  'k ',
  '..d'
]
const EXTENSIONS = ['', '.md', '.MD', '.txt', '.ts', '.log']
const SECRET_NAMES = ['.env', 'id_rsa', 'prod.tfvars', '.git-credentials']

/** .gitignore lines: negations, folder rules, anchors, '**', case, escapes, trailing spaces. */
const RULES = [
  '*.md',
  '*.MD',
  '!*.md',
  'build/',
  'Build',
  '/a',
  'a/',
  '!a/',
  '!b.md',
  'docs/**',
  '**/b',
  'sub/**/*.ts',
  '\\#h',
  '\\!n.md',
  '#h.md',
  'k\\ ',
  '*.txt   ',
  '[ab].log',
  '?.ts',
  '!build/',
  '*',
  '!*/',
  '!.gitignore',
  'x y/'
]

/** Globs with the paths they match, written out here so the test does not trust the globber. */
interface Glob {
  glob: string
  matches: (file: string) => boolean
}
const name = (file: string) => file.slice(file.lastIndexOf('/') + 1)
const INCLUDES: Glob[] = [
  { glob: '**/*', matches: () => true },
  { glob: '**/*.md', matches: file => name(file).endsWith('.md') },
  { glob: '*', matches: file => !file.includes('/') },
  { glob: 'docs/**', matches: file => file.startsWith('docs/') },
  { glob: 'sub/**/*.ts', matches: file => file.startsWith('sub/') && file.endsWith('.ts') },
  { glob: 'L0/**', matches: file => file.startsWith('L0/') },
  { glob: 'L1/config', matches: file => file === 'L1/config' },
  { glob: '.git/**', matches: file => file.startsWith('.git/') },
  { glob: '**/B*', matches: file => name(file).startsWith('B') }
]
// An exclude glob that matches a folder also leaves out all under it.
const EXCLUDES: Glob[] = [
  { glob: '**/*.log', matches: file => name(file).endsWith('.log') },
  { glob: 'b/**', matches: file => file === 'b' || file.startsWith('b/') },
  { glob: '**/a', matches: file => name(file) === 'a' },
  { glob: '**/*.MD', matches: file => name(file).endsWith('.MD') },
  { glob: 'L0/**', matches: file => file === 'L0' || file.startsWith('L0/') }
]

interface Round {
  seed: number
  root: string
  outside: string
  include: Glob[]
  exclude: Glob[]
}

/** Builds a random tree for a seed: files, .gitignore files, links, a git repository. */
async function makeRound(seed: number): Promise<Round> {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const count = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const outside = await makeTree({ 'out.md': `${OUTSIDE_MARKER}\n`, 'dir/in.md': 'x\n' })
  const root = await makeTree({})
  gitInit(root)
  await appendFile(path.join(root, '.git', 'config'), `[embed]\n\ttoken = ${GIT_MARKER}\n`)

  const folders = ['']
  for (let i = count(1, 6); i > 0; i--) {
    const parent = pick(folders)
    folders.push(parent === '' ? pick(SEGMENTS) : `${parent}/${pick(SEGMENTS)}`)
  }
  const files = new Map<string, string>()
  for (let i = count(8, 30); i > 0; i--) {
    const folder = pick(folders)
    const secret = random() < 0.08
    const file = `${folder === '' ? '' : `${folder}/`}${secret ? pick(SECRET_NAMES) : pick(SEGMENTS) + pick(EXTENSIONS)}`
    const text = random() < 0.05 ? `key = ${FAKE_KEY}\n` : `text of ${file} ${i}\n`
    files.set(file, text)
  }
  for (let i = count(0, 3); i > 0; i--) {
    const folder = i === 1 ? '' : pick(folders)
    const lines = Array.from({ length: count(1, 5) }, () => pick(RULES))
    files.set(`${folder === '' ? '' : `${folder}/`}.gitignore`, `${lines.join('\n')}\n`)
  }
  const made = new Set<string>()
  for (const [file, text] of files) {
    // A name taken by a folder already stays a folder.
    if ([...made].some(other => other.startsWith(`${file}/`) || file.startsWith(`${other}/`))) {
      continue
    }
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text)
    made.add(file)
  }
  await makeLinks(root, outside, [...made], folders, random)
  return {
    seed,
    root,
    outside,
    include: Array.from({ length: count(1, 2) }, () => pick(INCLUDES)),
    exclude: Array.from({ length: count(0, 2) }, () => pick(EXCLUDES))
  }
}

/** Links named L0, L1, ... (so that some globs go through them) and some under other names. */
async function makeLinks(
  root: string,
  outside: string,
  files: string[],
  folders: string[],
  random: () => number
): Promise<void> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const targets = [
    () => pick(files),
    () => pick(existing) || '.',
    () => '.git',
    () => '.git/config',
    () => outside,
    () => path.join(outside, 'out.md'),
    () => '..',
    () => 'missing',
    () => 'L0',
    () => '.gitignore'
  ]
  const isFolder = (folder: string) =>
    lstatSync(path.join(root, folder), { throwIfNoEntry: false })?.isDirectory() === true
  const existing = folders.filter(isFolder)
  const count = Math.floor(random() * 6)
  for (let i = 0; i < count; i++) {
    const folder = random() < 0.7 ? '' : pick(existing)
    const link = `${folder === '' ? '' : `${folder}/`}${random() < 0.6 ? `L${i}` : `${pick(SEGMENTS)}.md`}`
    const at = path.join(root, link)
    const taken = lstatSync(at, { throwIfNoEntry: false }) !== undefined
    if (taken || files.some(file => file.startsWith(`${link}/`))) continue
    // Relative targets are written relative to root, as if the link sat at root.
    const target = pick(targets)()
    const written = path.isAbsolute(target)
      ? target
      : path.relative(path.dirname(at), path.join(root, target)) || '.'
    await symlink(written, at)
  }
  if (random() < 0.3 && lstatSync(path.join(root, '.gitignore'), { throwIfNoEntry: false })) {
    // A .gitignore that is a link: git does not read it, nor may the scan.
    await mkdir(path.join(root, 'g'), { recursive: true })
    await symlink('../.gitignore', path.join(root, 'g', '.gitignore'))
  }
}

/** Whether a path, or a folder on its way, matches an exclude glob. */
function excluded(file: string, exclude: Glob[]): boolean {
  const segments = file.split('/')
  return segments.some((_, i) => {
    const prefix = segments.slice(0, i + 1).join('/')
    return exclude.some(glob => glob.matches(prefix))
  })
}

function describeRound(round: Round): string {
  const globs = (list: Glob[]) => JSON.stringify(list.map(glob => glob.glob))
  return `fuzz seed ${round.seed} (EMBED_INDEX_FUZZ_SEED=${round.seed} reruns it): include ${globs(round.include)}, exclude ${globs(round.exclude)}`
}

/** Checks the invariant on what a run indexed and skipped; throws naming the broken promise. */
function checkInvariant(
  round: Round,
  indexed: { path: string; sha256: string }[],
  skipped: { path: string }[],
  own: string[] = []
): void {
  const realRoot = realpathSync(round.root)
  const listedByGit = new Set(gitListed(round.root))
  const problems: string[] = []
  for (const file of indexed) {
    const at = path.join(realRoot, file.path)
    if (realpathSync(at) !== at) problems.push(`${file.path}: read through a link`)
    if (file.path.split('/').some(s => s === '.git' || s === 'node_modules')) {
      problems.push(`${file.path}: inside .git or node_modules`)
    }
    if (!listedByGit.has(file.path)) problems.push(`${file.path}: git does not list it`)
    if (!round.include.some(glob => glob.matches(file.path))) {
      problems.push(`${file.path}: no include glob matches it`)
    }
    if (excluded(file.path, round.exclude)) problems.push(`${file.path}: excluded`)
    const bytes = readFileSync(at)
    if (SECRET_NAMES.includes(name(file.path)) || bytes.includes(FAKE_KEY)) {
      problems.push(`${file.path}: a secret`)
    }
    if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
      problems.push(`${file.path}: not the bytes at its path`)
    }
    if (own.some(folder => file.path === folder || file.path.startsWith(`${folder}/`))) {
      problems.push(`${file.path}: one of the tool's own files`)
    }
  }
  // What is refused is listed only where git lists it and no exclude glob covers it.
  for (const { path: file } of skipped) {
    if (!listedByGit.has(file)) problems.push(`${file}: skipped, but git does not list it`)
    if (excluded(file, round.exclude)) problems.push(`${file}: skipped, but excluded`)
  }
  const seen = new Set([...indexed, ...skipped].map(file => file.path))
  for (const file of listedByGit) {
    const selected =
      round.include.some(glob => glob.matches(file)) && !excluded(file, round.exclude)
    const isOwn = own.some(folder => file === folder || file.startsWith(`${folder}/`))
    if (selected && !isOwn && !seen.has(file)) problems.push(`${file}: neither indexed nor skipped`)
  }
  if (problems.length > 0) throw new Error(`${describeRound(round)}\n${problems.join('\n')}`)
}

function seeds(rounds: number, offset: number): number[] {
  if (ONLY_SEED !== undefined) return [Number(ONLY_SEED)]
  return Array.from({ length: rounds }, (_, i) => BASE_SEED + offset + i)
}

test('scanning random trees reads only what the root, git, the globs and the secret rules allow', async () => {
  // What the rounds met, so that a generator that stopped making the hard cases shows.
  const met = { indexed: 0, symlink: 0, secret: 0, ignoredByGit: 0 }
  for (const seed of seeds(SCAN_ROUNDS, 0)) {
    const round = await makeRound(seed)
    const result = await scanRepository(
      optionsFor(round.root, {
        include: round.include.map(glob => glob.glob),
        exclude: round.exclude.map(glob => glob.glob)
      })
    )
    checkInvariant(round, result.files, result.skipped)
    met.indexed += result.files.length
    met.symlink += result.skipped.filter(skip => skip.reason === 'symlink').length
    met.secret += result.skipped.filter(skip => skip.reason === 'secret').length
    const listed = new Set(gitListed(round.root))
    const files = [...snapshot(round.root, file => file === '.git')]
    met.ignoredByGit += files.filter(
      ([file, kind]) => kind !== 'folder' && !listed.has(file)
    ).length
    await removeTrees()
  }
  if (ONLY_SEED === undefined) {
    for (const count of Object.values(met)) expect(count).toBeGreaterThan(SCAN_ROUNDS / 4)
  }
})

/** Every entry under a folder (lstat, never following links): type, bytes or link target. */
function snapshot(folder: string, leaveOut: (file: string) => boolean): Map<string, string> {
  const entries = new Map<string, string>()
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
      const file = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (leaveOut(file)) continue
      const at = path.join(folder, file)
      if (entry.isSymbolicLink()) entries.set(file, `link ${readlinkSync(at)}`)
      else if (entry.isDirectory()) {
        entries.set(file, 'folder')
        walk(file)
      } else entries.set(file, createHash('sha256').update(readFileSync(at)).digest('hex'))
    }
  }
  walk('')
  return entries
}

test('indexing random trees twice changes nothing outside the output and indexes no own file', async () => {
  const model = await fixtureModel('tiny')
  for (const seed of seeds(PIPELINE_ROUNDS, 1000)) {
    const round = await makeRound(seed)
    const random = seededRandom(seed ^ 0x5eed)
    // The root given directly or through a link; the output inside it, under an odd name or not.
    const via = random() < 0.5 ? round.root : `${round.root}-via`
    if (via !== round.root) await symlink(round.root, via)
    const out = ['..idx', 'idx', '.embed/idx'][Math.floor(random() * 3)]
    const statsJson = random() < 0.5 ? 'run-stats.json' : undefined
    const own = [out, ...(statsJson ? [statsJson] : [])]
    // The run makes its output folder and the folders above it, and writes the stats file.
    const leaveOut = (file: string) =>
      own.some(o => file === o || file.startsWith(`${o}/`) || o.startsWith(`${file}/`))
    const before = [snapshot(round.root, leaveOut), snapshot(round.outside, () => false)]
    const args = [
      ...['--root', via, '--out', path.join(via, out), '--store-text', '--workers', '1'],
      ...(statsJson ? ['--stats-json', path.join(via, statsJson)] : []),
      ...round.include.flatMap(glob => ['--include', glob.glob]),
      ...round.exclude.flatMap(glob => ['--exclude', glob.glob]),
      ...localModelFlags(model)
    ]
    try {
      const first = await indexWithFlags(args, round.root)
      const firstBytes = await readFile(path.join(round.root, out, 'chunks.jsonl'), 'utf8')
      const second = await indexWithFlags(args, round.root)
      checkInvariant(round, second.manifest.files, second.manifest.skipped, own)
      expect({ seed, manifest: second.manifest }).toEqual({ seed, manifest: first.manifest })
      const chunks = await readFile(path.join(round.root, out, 'chunks.jsonl'), 'utf8')
      expect({ seed, same: chunks === firstBytes }).toEqual({ seed, same: true })
      for (const marker of [GIT_MARKER, OUTSIDE_MARKER, FAKE_KEY]) {
        expect({ seed, leaked: chunks.includes(marker) }).toEqual({ seed, leaked: false })
      }
      expect((await readIndex(path.join(round.root, out))).manifest).toEqual(second.manifest)
      const after = [snapshot(round.root, leaveOut), snapshot(round.outside, () => false)]
      expect({ seed, tree: after }).toEqual({ seed, tree: before })
    } finally {
      if (via !== round.root) await rm(via)
      await removeTrees()
    }
  }
})
