import { MAX_ROW_DEFINES, MAX_SYMBOL_PATH_BYTES } from '../../src/core/symbol-path.js'
import { parseChunkRow } from '../../src/artifact/shape.js'

const base = {
  path: 'src/a.ts',
  start_line: 3,
  end_line: 9,
  tokens: 40,
  sha256: 'a'.repeat(64),
  language: 'typescript',
  symbol: { path: 'class Router', kind: 'class' }
}
const parse = (row: object) => parseChunkRow(row, false, 'chunks.jsonl', 'row 0')
const define = (path: string, line = 4) => ({ path, kind: 'method', line })

test('a row without defines (an older index) still reads, as it was', () => {
  expect(JSON.stringify(parse(base))).toBe(JSON.stringify(base))
})

test('a row with defines reads back to the same bytes, its keys in canonical order', () => {
  const row = {
    ...base,
    defines: [define('class Router', 3), define('class Router > method handle')]
  }
  expect(JSON.stringify(parse(row))).toBe(JSON.stringify(row))
})

test.each([
  ['a line above the row', [define('constant X', 2)], 'must be an integer >= 3'],
  ['a line below the row', [define('constant X', 10)], "after the row's end_line"],
  ['an empty path', [define('')], 'must not be empty'],
  ['an unknown key', [{ ...define('function f'), extra: 1 }], 'unknown key "extra"'],
  ['a path too long', [define(`function ${'x'.repeat(MAX_SYMBOL_PATH_BYTES)}`)], 'bytes'],
  [
    'too many entries',
    Array.from({ length: MAX_ROW_DEFINES + 1 }, (_, i) => define(`constant C${i}`)),
    `more than ${MAX_ROW_DEFINES} entries`
  ]
])('defines with %s is refused', (_, defines, problem) => {
  expect(() => parse({ ...base, defines })).toThrow(problem)
})
