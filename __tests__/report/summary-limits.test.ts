/**
 * The report stays a PR comment GitHub accepts (at most 65,536 characters) whatever the
 * repository, and no string from the repository or an index makes Markdown of its own: no line,
 * cell, link, mention, code span or HTML comes out of a name.
 */
import { markdownText } from '../../src/report/markdown-text.js'
import { renderSummary } from '../../src/report/summary-markdown.js'
import { passing, runStats } from './run-reports.js'

/** GitHub's limit on a comment's body; the sticky marker's line comes on top of the report. */
const COMMENT_LIMIT = 65_536
const MARKER_ROOM = 200

test('100,000 changed files with long names: the comment stays under the limit and says how many are left out', () => {
  // Names made of characters the escaping lengthens most.
  const names = (kind: string) =>
    Array.from({ length: 100_000 }, (_, i) => `${kind}/${'|<@'.repeat(300)}/${i}.ts`)
  const markdown = renderSummary({
    ...passing,
    changes: { added: names('added'), changed: names('changed'), removed: names('removed') }
  })
  expect(markdown.length + MARKER_ROOM).toBeLessThan(COMMENT_LIMIT)
  for (const kind of ['added', 'changed', 'removed']) {
    expect(markdown).toContain(`| files ${kind} (100,000) |`)
    expect(markdown).toMatch(/\| … and \d{2},\d{3} more \|/)
  }
  expect(markdown).toContain(
    '**Index changes:** files 100,000 added, 100,000 changed, 100,000 removed'
  )
})

test('a short list is shown whole, without "and N more"', () => {
  const markdown = renderSummary(passing)
  expect(markdown).toContain('| files changed (2) |\n|---|\n| README.md |\n| src/index.ts |\n')
  expect(markdown).not.toContain('more |')
})

const HOSTILE = 'evil|cell <img src=x> @octocat [link](https://evil.example) `code`\n## heading'

test('names with |, <, @, ](, backticks and newlines are shown as text wherever they appear', () => {
  const markdown = renderSummary({
    ...passing,
    stats: runStats({
      skipped_by_reason: { [HOSTILE]: 1 },
      files_by_chunker: { [HOSTILE]: 2 }
    }),
    verdicts: [{ gate: 'max-slowdown 0.1', status: 'not applied', detail: `dtype ${HOSTILE}` }],
    model: { id: HOSTILE, commit: null, dtype: HOSTILE },
    runner: { os: HOSTILE, arch: 'X64', cores: 2 },
    changes: { added: [HOSTILE], changed: [HOSTILE], removed: [HOSTILE] }
  })
  // The text's second line never starts a line of its own: no heading.
  expect(markdown).not.toMatch(/^\s*## heading/m)
  const lines = markdown.split('\n').filter(line => line.includes('evil'))
  // The verdict, the model and runner line, three path tables, the skip and chunker tables.
  expect(lines).toHaveLength(7)
  for (const line of lines) {
    expect(line).not.toMatch(/<img|@octocat|\]\(https:\/\/evil|`code`|\|cell/)
    expect(line).toContain(markdownText(HOSTILE))
  }
  // Each table row keeps its own cells.
  const cells = (line: string) => line.split('|').length - 2
  expect(lines.filter(line => line.startsWith('|')).map(cells)).toEqual([1, 1, 1, 2, 2])
})
