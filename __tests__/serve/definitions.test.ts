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
