/**
 * The report as a reviewer reads it, for a passing, a failing and a first run, compared with the
 * committed files in expected/. They change only on purpose: EMBED_INDEX_UPDATE_EXPECTED=1 writes
 * them from the renderer (CONTRIBUTING, "Tests in layers"); review the diff before committing.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderSummary, type RunReport } from '../../src/report/summary-markdown.js'
import { repoRoot } from '../helpers/run-index.js'
import { failing, firstRun, passing } from './run-reports.js'

const expectedDir = join(repoRoot, '__tests__', 'report', 'expected')
const update = process.env.EMBED_INDEX_UPDATE_EXPECTED === '1'

test.each<[string, RunReport]>([
  ['passing', passing],
  ['failing', failing],
  ['first-run', firstRun]
])('the %s report is its expected file', async (name, report) => {
  const file = join(expectedDir, `${name}.md`)
  const markdown = renderSummary(report)
  if (update) await writeFile(file, markdown)
  expect(markdown).toBe(await readFile(file, 'utf8'))
})

test('the verdicts come first, one line each, then the headline against the previous index', () => {
  const [first, second, third] = renderSummary(passing).split('\n')
  expect(first).toMatch(/^✅ `min-files-per-second 100` passed: /)
  expect(second).toMatch(/^✅ `max-slowdown 0.25` passed: /)
  expect(third).toBe(
    '**embed-index: 201.602 files/sec**, +15.1 % against the previous index (175.106)'
  )
  expect(renderSummary(failing).split('\n')[0]).toMatch(/^❌ `max-slowdown 0.25` failed: /)
  expect(renderSummary(firstRun).split('\n').slice(0, 2)).toEqual([
    '➖ no gates set\\',
    '**embed-index: 201.602 files/sec**, first run: no previous index to compare with'
  ])
})
