/**
 * A query that names an identifier finds the code that defines it first, in keyword and hybrid
 * search, over a small tree of TypeScript, Python and Go indexed by the real pipeline (the syntax
 * chunker records each chunk's symbol). Callers, imports and re-exports hold the identifier more
 * often than its definition does, so without the definition rule they rank first.
 */
import { join } from 'node:path'
import { qualifiedNames, queryTerms } from '../../src/serve/code-tokens.js'
import { KeywordIndex } from '../../src/serve/keyword-index.js'
import { rankKeyword } from '../../src/serve/ranking.js'
import type { SearchSession } from '../../src/serve/session.js'
import { writeTree } from '../helpers/files.js'
import { indexedSession, type OpenSession } from '../helpers/search-session.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const TREE: Record<string, string> = {
  'src/merge.ts': `import { readIndex } from './read'

export async function mergeShards(dirs: string[]) {
  return Promise.all(dirs.map(readIndex))
}
`,
  'src/cli.ts': `import { mergeShards } from './merge'

export async function runMerge(dirs: string[]) {
  // mergeShards reads every shard; mergeShards fails on the first bad one
  const merged = await mergeShards(dirs)
  return merged.length > 0 ? mergeShards(dirs.slice(1)) : merged
}
`,
  'src/index.ts': `export { mergeShards } from './merge'
export { mergeShards as merge } from './merge'
export { runMerge } from './cli'
`,
  'src/http.ts': `// Two classes with a method of the same name.

export class Server {
  handle(request: Request): Response {
    return new Response(request.url)
  }
}

export class Router {
  handle(request: Request): Response {
    return new Response(request.method)
  }
}

export function serve(router: Router) {
  return (request: Request) => router.handle(request) ?? Router.prototype.handle(request)
}
`,
  'pkg/loader.py': `import json


def load_config(path):
    with open(path) as file:
        return json.load(file)
`,
  'pkg/main.py': `from pkg.loader import load_config


def main(paths):
    # load_config for each path: load_config raises on a bad file
    configs = [load_config(path) for path in paths]
    return configs or load_config("default.json")
`,
  'router/router.go': `package router

type Router struct{ routes map[string]string }

func (r *Router) Handle(path string) string {
	return r.routes[path]
}
`,
  'server/server.go': `package server

type Server struct{ name string }

func (s *Server) Handle(path string) string {
	return s.name + path
}

func Serve(r interface{ Handle(string) string }) string {
	// r.Handle answers; Router.Handle is the usual one: Router.Handle(path)
	return r.Handle("/")
}
`
}

let opened: OpenSession | undefined
let session: SearchSession
let texts: string[]

beforeAll(async () => {
  const work = await tempDir()
  const repo = join(work, 'repo')
  await writeTree(repo, TREE)
  // Small chunks, so that each method begins a chunk of its own.
  opened = await indexedSession(repo, work, ['--max-tokens', '20'])
  session = opened.session
  texts = session.index.rows.map(row => row.text!)
}, 120_000)

afterAll(async () => {
  await opened?.close()
  await removeTempDirs()
})

const search = async (text: string, mode: 'keyword' | 'hybrid') =>
  (await session.search({ text, top: 10, mode })).hits

describe.each(['keyword', 'hybrid'] as const)('%s search', mode => {
  it('ranks a TypeScript definition above its caller, its import and its re-exports', async () => {
    const hits = await search('mergeShards', mode)
    expect(hits[0]).toMatchObject({
      path: 'src/merge.ts',
      symbol: { path: 'function mergeShards' }
    })
    expect(hits.slice(1).map(hit => hit.path)).toEqual(
      expect.arrayContaining(['src/cli.ts', 'src/index.ts'])
    )
  })

  it('ranks a Python definition above the module that imports and calls it', async () => {
    const hits = await search('load_config', mode)
    expect(hits[0]).toMatchObject({
      path: 'pkg/loader.py',
      symbol: { path: 'function load_config' }
    })
    expect(hits.map(hit => hit.path)).toContain('pkg/main.py')
  })

  it('picks the methods a qualified name names, not those of another class', async () => {
    // Names match as keyword search matches words, whatever their case: TypeScript's and Go's.
    const hits = await search('Router.handle', mode)
    expect(hits.slice(0, 2).map(hit => `${hit.path} ${hit.symbol?.path}`)).toEqual([
      'router/router.go method Router.Handle',
      'src/http.ts class Router > method handle'
    ])
  })

  it('shows a definition of each name asked for, and every definition above every use', async () => {
    const hits = await search('Server.handle Router.handle', mode)
    // What each hit defines of them, as its row lists it.
    const handles = hits.map(hit =>
      session.index.rows
        .find(row => row.path === hit.path && row.start_line === hit.start_line)!
        .defines!.filter(definition => /handle$/i.test(definition.path))
        .map(definition => `${hit.path} ${definition.path}`)
    )
    const defining = handles.map(found => found.length > 0)
    // The definitions, then what only uses them (the rest of a method split over chunks too).
    expect(defining.indexOf(false)).toBeGreaterThan(defining.lastIndexOf(true))
    expect(handles.flat()).toEqual(
      expect.arrayContaining([
        'router/router.go method Router.Handle',
        'server/server.go method Server.Handle',
        'src/http.ts class Router > method handle',
        'src/http.ts class Server > method handle'
      ])
    )
    expect(await search('Server.handle Router.handle', mode)).toEqual(hits)
  })
})

test('a query without identifiers names no definitions and ranks as keyword search alone', async () => {
  const plain = 'merge the shards and load the config'
  expect(qualifiedNames(plain)).toEqual([])
  const expected = rankKeyword(
    KeywordIndex.build(texts).match(queryTerms(plain)),
    new Uint16Array(texts.length),
    10,
    () => true
  )
  const hits = await search(plain, 'keyword')
  expect(hits.map(hit => [hit.path, hit.start_line, hit.score])).toEqual(
    expected.map(({ row, score }) => [
      session.index.rows[row].path,
      session.index.rows[row].start_line,
      score
    ])
  )
  expect(hits.length).toBeGreaterThan(3)
})
