/**
 * Path globs from a client: matched as `include` globs read, in time linear in the path whatever
 * the glob, and a malformed glob is an error that says what is wrong, never a silent non-match.
 */
import { pathMatcher } from '../../src/serve/path-filter.js'

test.each([
  ['src/**', 'src/a/b.ts', true],
  ['src/**', 'docs/a.md', false],
  ['*.ts', 'a/b/c.ts', true],
  ['*.ts', 'a/b/c.js', false],
  ['**/*.ts', 'c.ts', true],
  ['**/*.ts', 'a/b/c.ts', true],
  ['a/**/b', 'a/b', true],
  ['a/**/b', 'a/x/y/b', true],
  ['a/**/b', 'a/xb', false],
  ['src/*.ts', 'src/a/b.ts', false],
  ['{src,docs}/**', 'docs/x.md', true],
  ['{src,docs}/**', 'lib/x.md', false],
  ['*.{ts,m{d,dx}}', 'x/y.mdx', true],
  ['[a-c]*.ts', 'b.ts', true],
  ['[!a-c]*.ts', 'b.ts', false],
  ['[^a-c]*.ts', 'd.ts', true],
  ['.*', '.github', true],
  ['a?c', 'abc', true],
  ['x/a?c', 'x/a/c', false],
  ['\\*.ts', '*.ts', true],
  ['\\*.ts', 'a.ts', false],
  ['é*', 'dir/été.md', true],
  ['?.md', '𝒳.md', true]
])('%s against %s: %s', (glob, path, expected) => {
  expect(pathMatcher(glob)(path)).toBe(expected)
})

test.each([
  ['{', /unclosed '\{'/],
  ['src/{a,b', /unclosed '\{'/],
  ['[ab', /unclosed '\['/],
  ['a}', /unmatched '\}'/],
  ['x\\', /lone '\\'/],
  ['  ', /empty/]
])('the malformed glob %j is an error', (glob, problem) => {
  expect(() => pathMatcher(glob)).toThrow(problem)
})

test('a glob that makes a regular expression backtrack is matched in time linear in the path', () => {
  const glob = '?*'.repeat(16) + 'q'
  const paths = Array.from({ length: 200 }, (_, i) => `src/${'a'.repeat(1000 + i)}`)
  const started = performance.now()
  expect(paths.filter(pathMatcher(glob))).toEqual([])
  expect(pathMatcher(glob)('a'.repeat(5000) + 'q')).toBe(true)
  // About 10 ms on an idle machine; a backtracking matcher takes longer than the test runs.
  expect(performance.now() - started).toBeLessThan(2000)
})
