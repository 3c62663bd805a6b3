/**
 * What a chunk lists as defined: every declaration and top-level constant or variable that begins
 * in it, while its boundaries and its symbol come from the declarations alone.
 */
import { chunkFile } from '../../src/chunk/file-chunker.js'

const options = { maxTokens: 4000, countTokens: (text: string) => Math.ceil(text.length / 4) + 2 }
const defined = async (path: string, text: string) =>
  (await chunkFile(path, text, options)).chunks.flatMap(chunk =>
    (chunk.defines ?? []).map(d => `${d.line} ${d.path}`)
  )

test('TypeScript: constants and variables at top level, every declaration, nothing local', async () => {
  const text = `import { x } from './x'
export const LIMIT = 5
let counter = 0, { a } = x
export const f = () => 1
export class Router {
  handle() { const local = 1; return local }
}
`
  expect(await defined('a.ts', text)).toEqual([
    '2 constant LIMIT',
    '3 variable counter',
    '4 function f',
    '5 class Router',
    '6 class Router > method handle'
  ])
})

test('Python: module assignments, not class attributes nor locals', async () => {
  const text = `TIMEOUT = 30
a, b = 1, 2
class C:
    attr = 1
    def m(self):
        local = 2
`
  expect(await defined('a.py', text)).toEqual([
    '1 variable TIMEOUT',
    '3 class C',
    '5 class C > method m'
  ])
})

test('Go: const and var, alone and grouped', async () => {
  const text = `package p

const Single = 1
const (
\tA = iota
\tB, C
)
var (
\tW int
)
func (t *T) M() { var local = 1 }
`
  expect(await defined('a.go', text)).toEqual([
    '3 constant Single',
    '5 constant A',
    '6 constant B',
    '6 constant C',
    '9 variable W',
    '11 method T.M'
  ])
})

test('constants neither place nor name chunks; each chunk lists only what begins in it', async () => {
  const constants = Array.from(
    { length: 40 },
    (_, i) => `export const LIMIT_${i} = ${i} // limit ${i}`
  )
  const text = [...constants, '', 'export function last() {', '  return 1', '}', ''].join('\n')
  const small = { ...options, maxTokens: 120 }
  const { chunks } = await chunkFile('a.ts', text, small)
  expect(chunks.length).toBeGreaterThan(2)
  for (const chunk of chunks) {
    expect(chunk.symbol?.kind ?? 'function').toBe('function')
    for (const { line } of chunk.defines!) {
      expect(line).toBeGreaterThanOrEqual(chunk.startLine)
      expect(line).toBeLessThanOrEqual(chunk.endLine)
    }
  }
  const listed = chunks.flatMap(chunk => chunk.defines!.map(d => d.path))
  expect(listed).toEqual([...constants.map((_, i) => `constant LIMIT_${i}`), 'function last'])
})
