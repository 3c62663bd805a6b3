import { qualifiedNames } from '../../src/serve/code-tokens.js'
import { Definitions } from '../../src/serve/definitions.js'

const rows = [
  {
    path: 'src/net/mod.rs',
    symbol: { path: 'module net > function connect_to', kind: 'function' }
  },
  { path: 'src/lib.rs', symbol: { path: 'impl Display for Connect_to', kind: 'impl' } },
  { path: 'pkg/loader.py', symbol: { path: 'function load_config', kind: 'function' } },
  { path: 'docs/load_config.md', symbol: { path: 'section load_config', kind: 'section' } },
  { path: 'src/use.rs' }
]
const definitions = Definitions.of(rows)
const defining = (query: string) => [...definitions.defining(qualifiedNames(query))]

test('a `::` path matches the symbol path from the inside out', () => {
  expect(qualifiedNames('where is net::connect_to')).toEqual([['net', 'connect_to']])
  expect(defining('net::connect_to')).toEqual([1, 0, 0, 0, 0])
  expect(defining('other::connect_to')).toEqual([0, 0, 0, 0, 0])
})

test('what the symbol path lacks of a qualified name is found among the file path names', () => {
  expect(defining('loader.load_config')).toEqual([0, 0, 1, 0, 0])
  expect(defining('saver.load_config')).toEqual([0, 0, 0, 0, 0])
})

test('impl blocks, Markdown sections and rows without a symbol define nothing', () => {
  expect(defining('load_config connect_to')).toEqual([1, 0, 1, 0, 0])
})

test('plain words are no identifiers', () => {
  expect(qualifiedNames('where do we load the config')).toEqual([])
})

test('a row that lists what it defines is read by that list, not by its symbol', () => {
  const listed = Definitions.of([
    // The rest of a long function: it lies in `function run` but defines nothing.
    { path: 'src/a.ts', symbol: { path: 'function run', kind: 'function' }, defines: [] },
    {
      path: 'src/b.ts',
      symbol: { path: 'class Router', kind: 'class' },
      defines: [
        { path: 'class Router', kind: 'class', line: 1 },
        { path: 'class Router > method handle', kind: 'method', line: 2 },
        { path: 'constant MAX_ROUTES', kind: 'constant', line: 9 }
      ]
    },
    // An older index's row: its symbol is all it defines.
    { path: 'src/c.ts', symbol: { path: 'function run', kind: 'function' } }
  ])
  const of = (query: string) => [...listed.defining(qualifiedNames(query))]
  expect(of('src.run')).toEqual([0, 0, 1])
  expect(of('runNow Router.handle MAX_ROUTES')).toEqual([0, 2, 0])
})
