/**
 * The Markdown docs hold together: every relative link in README.md, docs/, CONTRIBUTING.md,
 * SECURITY.md, RELEASING.md, CHANGELOG.md and bench/RESULTS.md names a file that exists, and every
 * `#anchor` one of the target's headings (by GitHub's slug rule); README.md stays a front page;
 * every `npm run` the docs name is a script of package.json, and CONTRIBUTING.md's scripts table
 * describes exactly package.json's scripts; CONTRIBUTING.md says where each folder of src/ is.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(join(root, file), 'utf8')

/** Markdown files below `folder`, relative to the repository root. */
function markdownUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap(entry => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return markdownUnder(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

const docs = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'RELEASING.md',
  'CHANGELOG.md',
  'bench/RESULTS.md',
  ...markdownUnder('docs')
]

/** The text outside fenced code blocks, so that examples in code are not read as Markdown. */
const prose = (text: string): string => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '')

/** GitHub's anchor for a heading: its text lower-cased, punctuation but `-` and `_` dropped. */
function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

/** The anchors of a Markdown file's headings; a repeated slug gets `-1`, `-2`, ... */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const result = new Set<string>()
  for (const [, heading] of prose(text).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(heading)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    result.add(count === 0 ? base : `${base}-${count}`)
  }
  return result
}

/** The targets of `[text](target)` links and `<a href>`, outside code. */
function linkTargets(text: string): string[] {
  const outsideCode = prose(text).replace(/`[^`\n]*`/g, '')
  return [
    ...[...outsideCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map(m => m[1]),
    ...[...outsideCode.matchAll(/<a\s[^>]*href="([^"]+)"/g)].map(m => m[1])
  ]
}

/** Why `target`, linked from `file`, does not resolve; undefined when it does. */
function brokenLink(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined // a URL: not checked offline
  const [path, anchor] = target.split('#', 2)
  const resolved = path === '' ? file : join(dirname(file), decodeURI(path))
  if (relative(root, join(root, resolved)).startsWith('..')) return 'leaves the repository'
  if (!existsSync(join(root, resolved))) return 'no such file'
  if (anchor === undefined || !resolved.endsWith('.md')) return undefined
  if (statSync(join(root, resolved)).isDirectory()) return undefined
  return anchors(read(resolved)).has(anchor) ? undefined : `no heading #${anchor} in ${resolved}`
}

test('the Markdown files the link check reads include docs/', () => {
  expect(docs.filter(file => file.startsWith('docs/')).length).toBeGreaterThan(0)
})

test.each(docs)('every relative link and anchor in %s resolves', file => {
  const targets = linkTargets(read(file))
  const broken = targets.flatMap(target => {
    const why = brokenLink(file, target)
    return why === undefined ? [] : [`${target}: ${why}`]
  })
  expect(broken).toEqual([])
})

test('the heading anchors follow GitHub: punctuation dropped, spaces to -, repeats numbered', () => {
  const text =
    '# The index format (`embed-index/2`)\n## A, b & c_d\n## A, b & c_d\n```\n# not a heading\n```\n'
  expect([...anchors(text)]).toEqual(['the-index-format-embed-index2', 'a-b--c_d', 'a-b--c_d-1'])
})

test('README.md is a front page of at most 300 lines', () => {
  expect(read('README.md').split('\n').length).toBeLessThanOrEqual(300)
})

const scripts = Object.keys(
  (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
)

test('every `npm run` script the docs name is in package.json', () => {
  const named = docs.flatMap(file =>
    [...read(file).matchAll(/\bnpm run ([\w:.-]+)/g)].map(m => `${file}: ${m[1]}`)
  )
  expect(named.length).toBeGreaterThan(0)
  const missing = named.filter(entry => !scripts.includes(entry.split(': ')[1]))
  expect(missing).toEqual([])
})

/** The lines of the section under the heading `title` in `text`, up to the next heading. */
function section(text: string, title: string): string[] {
  const lines = prose(text).split('\n')
  const start = lines.findIndex(line => new RegExp(`^#{1,6}\\s+${title}\\s*$`).test(line))
  if (start < 0) return []
  const end = lines.findIndex((line, i) => i > start && /^#{1,6}\s/.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

test('the scripts table of CONTRIBUTING.md describes exactly the scripts of package.json', () => {
  const described = section(read('CONTRIBUTING.md'), 'Scripts')
    .map(line => /^\|\s*`(?:npm (?:run )?)?([^`\s]+)/.exec(line)?.[1])
    .filter(name => name !== undefined)
  expect([...described].sort()).toEqual([...scripts].sort())
})

test('CONTRIBUTING.md says what goes in each folder of src/', () => {
  const table = section(read('CONTRIBUTING.md'), 'Where a change goes').join('\n')
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => `src/${entry.name}/`)
  expect(folders.filter(folder => !table.includes(`\`${folder}`))).toEqual([])
})
