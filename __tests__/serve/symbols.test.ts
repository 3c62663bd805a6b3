/** Definitions by name from rows' symbol data: what matches, in which order, how many. */
import { SymbolTable } from '../../src/serve/symbols.js'

const row = (path: string, start_line: number, end_line: number, extra: object) => ({
  path,
  start_line,
  end_line,
  ...extra
})

const table = SymbolTable.of([
  row('src/z.ts', 1, 9, {
    defines: [
      { path: 'class Router', kind: 'class', line: 1 },
      { path: 'class Router > method route', kind: 'method', line: 3 }
    ]
  }),
  row('src/a.ts', 1, 4, { defines: [{ path: 'function routeAll', kind: 'function', line: 2 }] }),
  row('src/a.ts', 5, 8, { defines: [{ path: 'function Route', kind: 'function', line: 5 }] }),
  // An index older than `defines`: the row's symbol, at its first line.
  row('old/b.py', 10, 20, { symbol: { path: 'def route_table', kind: 'function' } }),
  // Neither an impl block nor a Markdown section defines a name.
  row('src/c.rs', 1, 5, { defines: [{ path: 'impl Display for Router', kind: 'impl', line: 1 }] }),
  row('docs/route.md', 1, 3, { symbol: { path: 'section Route', kind: 'section' } }),
  // A row that lists what it defines, and defines nothing, does not fall back to its symbol.
  row('src/d.ts', 1, 2, { symbol: { path: 'function routeLater', kind: 'function' }, defines: [] })
])

test('whole names first, then names that begin with it, by name, path and line; any case', () => {
  const { matches, total } = table.find('ROUTE', 10)
  expect(matches.map(m => [m.name, m.path, m.line, m.match])).toEqual([
    ['Route', 'src/a.ts', 5, 'exact'],
    ['route', 'src/z.ts', 3, 'exact'],
    ['route_table', 'old/b.py', 10, 'prefix'],
    ['routeAll', 'src/a.ts', 2, 'prefix'],
    ['Router', 'src/z.ts', 1, 'prefix']
  ])
  expect(total).toBe(5)
  expect(matches[1]).toMatchObject({
    kind: 'method',
    symbol: 'class Router > method route',
    start_line: 1,
    end_line: 9
  })
})

test('at most limit matches, with the total of all; a name nothing begins with finds nothing', () => {
  expect(table.find('route', 1)).toMatchObject({ total: 5, matches: [{ name: 'Route' }] })
  expect(table.find('router', 5).matches.map(m => m.kind)).toEqual(['class'])
  expect(table.find('routes', 5)).toEqual({ matches: [], total: 0 })
})
