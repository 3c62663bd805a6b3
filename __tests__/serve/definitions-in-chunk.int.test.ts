/**
 * At the default chunk size a small file is one chunk holding several declarations, a class is
 * kept whole with its methods, and constants sit beside functions: search still ranks the chunk
 * that defines a name first, for each name the chunk defines, since a row lists all of them (not
 * only its first declaration). The files that only use the names mention them more often.
 */
import { join } from 'node:path'
import type { SearchSession } from '../../src/serve/session.js'
import { writeTree } from '../helpers/files.js'
import { indexedSession, type OpenSession } from '../helpers/search-session.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const TREE: Record<string, string> = {
  'src/router.ts': `export class Router {
  handle(path: string): string {
    return parseRoute(path)
  }
}

export class Server {
  handle(path: string): string {
    return path
  }
}

export function parseRoute(path: string): string {
  return path.split('?')[0]
}
`,
  'src/limits.ts': `import { parseRoute } from './router'

export const MAX_ROUTES = 100

export function fitsLimit(routes: string[]): boolean {
  return routes.map(parseRoute).length <= MAX_ROUTES
}
`,
  'src/app.ts': `import { Router } from './router'
import { MAX_ROUTES } from './limits'

// Router.handle answers each request; parseRoute cuts the query; MAX_ROUTES bounds the table.
export function app(router: Router, paths: string[]) {
  const first = Router.prototype.handle.call(router, paths[0]) // Router.handle, unbound
  const all = paths.slice(0, MAX_ROUTES).map(path => Router.handle(router, parseRoute(path)))
  return all.length < MAX_ROUTES ? [first, ...all] : all.map(parseRoute).map(parseRoute)
}
`,
  'pkg/settings.py': `DEFAULT_TIMEOUT = 30


def timeout_for(name):
    return DEFAULT_TIMEOUT if name else 0
`,
  'pkg/client.py': `from pkg.settings import DEFAULT_TIMEOUT


def fetch(url, timeout=DEFAULT_TIMEOUT):
    # DEFAULT_TIMEOUT applies unless the caller says otherwise: DEFAULT_TIMEOUT seconds
    return url, timeout or DEFAULT_TIMEOUT
`,
  'server/config.go': `package server

const DefaultPort = 8080

func Address(host string) string {
	return host
}
`,
  'server/main.go': `package server

// Listen on DefaultPort: DefaultPort unless the flag says otherwise.
func Listen(port int) int {
	if port == 0 {
		return DefaultPort + 0*DefaultPort
	}
	return port
}
`
}

let opened: OpenSession | undefined
let session: SearchSession

beforeAll(async () => {
  const work = await tempDir()
  const repo = join(work, 'repo')
  await writeTree(repo, TREE)
  opened = await indexedSession(repo, work)
  session = opened.session
}, 120_000)

afterAll(async () => {
  await opened?.close()
  await removeTempDirs()
})

test('the tree is indexed as one chunk per file, so each chunk holds several definitions', () => {
  expect(session.index.rows.map(row => row.path)).toEqual(Object.keys(TREE).sort())
})

const first = async (text: string, mode: 'keyword' | 'hybrid') =>
  (await session.search({ text, top: 10, mode })).hits[0].path

describe.each(['keyword', 'hybrid'] as const)('%s search', mode => {
  it('finds a method of a class kept whole by its qualified name', async () => {
    expect(await first('Router.handle', mode)).toBe('src/router.ts')
  })

  it('finds a function that is not the first declaration of its chunk', async () => {
    expect(await first('parseRoute', mode)).toBe('src/router.ts')
  })

  it('finds top-level constants in TypeScript, Python and Go', async () => {
    expect(await first('MAX_ROUTES', mode)).toBe('src/limits.ts')
    expect(await first('DEFAULT_TIMEOUT', mode)).toBe('pkg/settings.py')
    expect(await first('DefaultPort', mode)).toBe('server/config.go')
  })
})
