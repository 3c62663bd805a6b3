/**
 * A chunk's symbol path is bounded in steps and bytes, keeping the innermost names behind a
 * leading '…', so that deeply nested code gives chunk rows linear in the file's size; and the
 * syntax walk asks no node for its parent or siblings (a cost of its depth each), so the time is
 * linear too: 12,000 nested functions take seconds (they took over 40 s, 100 s under jest).
 */
import { chunkFile } from '../../src/chunk/file-chunker.js'
import { MAX_SYMBOL_PATH_BYTES } from '../../src/core/symbol-path.js'
import { MAX_PATH_STEPS, nestedSteps, pathOf, PATH_LEFT_OUT } from '../../src/chunk/structure.js'
import { toyCountTokens } from '../helpers/chunk-text.js'

/** `depth` one-line functions, each inside the one before. */
function nestedFunctions(depth: number): string {
  const lines: string[] = []
  for (let i = 0; i < depth; i++) lines.push(`function f${i}(){`)
  for (let i = 0; i < depth; i++) lines.push('}')
  return lines.join('\n') + '\n'
}

test('12,000 nested functions: rows that grow linearly with the source, each path bounded, innermost names kept, in bounded time', async () => {
  const content = nestedFunctions(12_000)
  const began = performance.now()
  const { chunker, chunks } = await chunkFile('deep.js', content, {
    maxTokens: 256,
    countTokens: toyCountTokens
  })
  // Seconds here (2.6 s under jest on a shared 2-core machine); the quadratic walk took 46-118 s.
  // The work is synchronous, so jest's own timeout could not stop it: the bound is asserted.
  expect(performance.now() - began).toBeLessThan(30_000)
  // Parsed by the syntax rule: the paths come from the syntax tree.
  expect(chunker).toBe('syntax')
  const paths = chunks.map(chunk => chunk.symbol?.path ?? '')
  for (const path of paths)
    expect(Buffer.byteLength(path)).toBeLessThanOrEqual(MAX_SYMBOL_PATH_BYTES)
  // Past the first, each chunk names its 8 innermost functions, behind the mark of the rest.
  for (const path of paths.slice(1)) {
    const steps = path.split(' > ')
    const numbers = steps.slice(1).map(step => Number(/^function f(\d+)$/.exec(step)?.[1]))
    expect([steps[0], numbers.length]).toEqual([PATH_LEFT_OUT, MAX_PATH_STEPS])
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i))
  }
  // The rows as chunks.jsonl holds them grow with the source, not its square: twice the nesting
  // gives about twice the bytes (a square would give four times). Each row names a bounded path
  // for its symbol and for each definition it lists, so the constant is some times the source.
  const half = await chunkFile('deep.js', nestedFunctions(6_000), {
    maxTokens: 256,
    countTokens: toyCountTokens
  })
  const bytesOf = (rows: readonly object[]) =>
    rows.reduce((sum, row) => sum + JSON.stringify(row).length + 1, 0)
  expect(bytesOf(chunks) / bytesOf(half.chunks)).toBeLessThan(2.2)
}, 120_000)

test('a path within the bounds is kept whole; past them the outermost steps give way', () => {
  let steps: string[] = []
  for (let i = 0; i < MAX_PATH_STEPS; i++) steps = nestedSteps(steps, `function f${i}`)
  expect(pathOf(steps)).toBe(
    Array.from({ length: MAX_PATH_STEPS }, (_, i) => `function f${i}`).join(' > ')
  )
  steps = nestedSteps(steps, 'method deeper')
  expect(steps).toEqual([
    PATH_LEFT_OUT,
    ...Array.from({ length: MAX_PATH_STEPS - 1 }, (_, i) => `function f${i + 1}`),
    'method deeper'
  ])
  // Long names: the byte bound leaves out more, never the innermost step.
  const long = (i: number) => `class ${String(i).repeat(100).slice(0, 120)}`
  let wide: string[] = []
  for (let i = 0; i < 6; i++) wide = nestedSteps(wide, long(i))
  expect(Buffer.byteLength(pathOf(wide))).toBeLessThanOrEqual(MAX_SYMBOL_PATH_BYTES)
  expect(wide[0]).toBe(PATH_LEFT_OUT)
  expect(wide[wide.length - 1]).toBe(long(5))
})
