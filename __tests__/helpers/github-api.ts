/**
 * A local stand-in for the few GitHub REST endpoints the action calls, on 127.0.0.1: an issue's
 * comments (list, create, update: only its author may, as on GitHub), the Actions cache entries
 * (list, delete by id), the Actions artifacts (list by name, download: a 302 redirect to the zip's
 * bytes, as GitHub redirects to blob storage) and GraphQL's `viewer` (the login the token acts as,
 * `actingAs`). Lists are
 * paginated as GitHub does (`per_page`, `page`, a `Link` header with rel="next"), so the real
 * Octokit's paginate walks them. A route can be told to answer an error as GitHub words it (401
 * "Bad credentials", 403 "Resource not accessible by integration", 404 "Not Found") or to never
 * answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StandInComment {
  id: number
  body: string
  user: { login: string; type: 'Bot' | 'User' }
}

export interface StandInCacheEntry {
  id: number
  key: string
  ref: string
  size_in_bytes: number
  /** When it was saved, as the API writes it (ISO 8601). */
  created_at: string
}

export interface StandInArtifact {
  id: number
  name: string
  expired: boolean
  created_at: string
  expires_at: string
  /** The commit its workflow run built. */
  head_sha: string
  /** Uploaded by a pull request's run from a fork (its head repository is another). */
  fromFork?: boolean
  /** The zip the download answers with. */
  zip: Uint8Array
}

export type RouteName =
  | 'list-comments'
  | 'create-comment'
  | 'update-comment'
  | 'list-caches'
  | 'delete-cache'
  | 'viewer'
  | 'list-artifacts'
  | 'download-artifact'
  | 'artifact-blob'

export type Fault = { status: 401 | 403 | 404 | 500; message: string } | 'hang'

export const FORBIDDEN: Fault = { status: 403, message: 'Resource not accessible by integration' }
export const NOT_FOUND: Fault = { status: 404, message: 'Not Found' }
export const BAD_CREDENTIALS: Fault = { status: 401, message: 'Bad credentials' }

export interface ApiRequest {
  route: RouteName | 'unknown'
  method: string
  path: string
  authorization?: string
}

export interface GitHubApiStandIn {
  /** http://127.0.0.1:PORT: the API root, as GITHUB_API_URL. */
  url: string
  requests: ApiRequest[]
  /** Comments by issue (pull request) number. */
  comments: Map<number, StandInComment[]>
  caches: StandInCacheEntry[]
  artifacts: StandInArtifact[]
  /** Answers of routes made to fail, until deleted. */
  faults: Partial<Record<RouteName, Fault>>
  /** When set, the cache list ignores its key and ref filters (and returns every entry). */
  ignoreCacheFilters: boolean
  /** Who the token acts as: comments are created as, and may only be updated by, this account. */
  actingAs: StandInComment['user']
  stop(): Promise<void>
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

let lastId = 1000
const nextId = (): number => ++lastId

interface Route {
  name: RouteName
  method: string
  pattern: RegExp
  handle(api: GitHubApiStandIn, match: RegExpExecArray, url: URL, body: unknown): Answer
}

interface Answer {
  status: number
  json?: unknown
  /** Items of a paginated list: the page asked for is cut out, with a Link header. */
  page?: unknown[]
  wrap?: (items: unknown[], total: number) => unknown
  /** Raw bytes instead of JSON. */
  bytes?: Uint8Array
  headers?: Record<string, string>
}

const ROUTES: Route[] = [
  {
    name: 'list-comments',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
    handle: (api, match) => ({ status: 200, page: api.comments.get(Number(match[1])) ?? [] })
  },
  {
    name: 'create-comment',
    method: 'POST',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
    handle: (api, match, _url, body) => {
      const list = api.comments.get(Number(match[1])) ?? []
      api.comments.set(Number(match[1]), list)
      const comment = { id: nextId(), body: (body as { body: string }).body, user: api.actingAs }
      list.push(comment)
      return { status: 201, json: comment }
    }
  },
  {
    name: 'update-comment',
    method: 'PATCH',
    pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
    handle: (api, match, _url, body) => {
      const comment = [...api.comments.values()].flat().find(c => c.id === Number(match[1]))
      if (!comment) return { status: 404, json: { message: 'Not Found' } }
      if (comment.user.login !== api.actingAs.login) {
        return { status: 403, json: { message: 'Resource not accessible by integration' } }
      }
      comment.body = (body as { body: string }).body
      return { status: 200, json: comment }
    }
  },
  {
    name: 'viewer',
    method: 'POST',
    pattern: /^\/graphql$/,
    handle: api => ({ status: 200, json: { data: { viewer: { login: api.actingAs.login } } } })
  },
  {
    name: 'list-caches',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/caches$/,
    handle: (api, _match, url) => {
      const key = url.searchParams.get('key') ?? ''
      const ref = url.searchParams.get('ref')
      const entries = api.ignoreCacheFilters
        ? api.caches
        : api.caches.filter(e => e.key.startsWith(key) && (ref === null || e.ref === ref))
      return {
        status: 200,
        page: entries,
        wrap: (items, total) => ({ total_count: total, actions_caches: items })
      }
    }
  },
  {
    name: 'list-artifacts',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/,
    handle: (api, _match, url) => {
      const name = url.searchParams.get('name')
      const listed = api.artifacts
        .filter(a => name === null || a.name === name)
        .map(({ zip, head_sha, fromFork, ...artifact }) => ({
          ...artifact,
          size_in_bytes: zip.length,
          workflow_run: {
            id: artifact.id + 1,
            repository_id: 7,
            head_repository_id: fromFork ? 8 : 7,
            head_sha
          }
        }))
      return {
        status: 200,
        page: listed,
        wrap: (items, total) => ({ total_count: total, artifacts: items })
      }
    }
  },
  {
    name: 'download-artifact',
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/,
    handle: (api, match, url) => {
      const artifact = api.artifacts.find(a => a.id === Number(match[1]))
      if (!artifact) return { status: 404, json: { message: 'Not Found' } }
      if (artifact.expired) return { status: 410, json: { message: 'Artifact has expired' } }
      return { status: 302, headers: { location: new URL(`/blob/${artifact.id}`, url).href } }
    }
  },
  {
    name: 'artifact-blob',
    method: 'GET',
    pattern: /^\/blob\/(\d+)$/,
    handle: (api, match) => {
      const artifact = api.artifacts.find(a => a.id === Number(match[1]))
      return artifact ? { status: 200, bytes: artifact.zip } : { status: 404 }
    }
  },
  {
    name: 'delete-cache',
    method: 'DELETE',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/caches\/(\d+)$/,
    handle: (api, match) => {
      const at = api.caches.findIndex(e => e.id === Number(match[1]))
      if (at < 0) return { status: 404, json: { message: 'Not Found' } }
      api.caches.splice(at, 1)
      return { status: 204 }
    }
  }
]

export async function startGitHubApi(): Promise<GitHubApiStandIn> {
  const server = createServer((request, response) => {
    readBody(request).then(
      body => answer(api, request, response, body),
      () => response.writeHead(400).end()
    )
  })
  const api: GitHubApiStandIn = {
    url: '',
    requests: [],
    comments: new Map(),
    caches: [],
    artifacts: [],
    faults: {},
    ignoreCacheFilters: false,
    actingAs: BOT,
    stop: () => closeServer(server)
  }
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return api
}

function answer(
  api: GitHubApiStandIn,
  request: IncomingMessage,
  response: ServerResponse,
  body: unknown
): void {
  const url = new URL(request.url ?? '/', api.url)
  const route = ROUTES.find(r => r.method === request.method && r.pattern.test(url.pathname))
  api.requests.push({
    route: route?.name ?? 'unknown',
    method: request.method ?? '',
    path: url.pathname + url.search,
    authorization: request.headers.authorization
  })
  if (!route) return send(response, 404, { message: 'Not Found' })
  const fault = api.faults[route.name]
  if (fault === 'hang') return
  if (fault) {
    return send(response, fault.status, {
      message: fault.message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(fault.status)
    })
  }
  const result = route.handle(api, route.pattern.exec(url.pathname)!, url, body)
  if (result.bytes !== undefined) {
    response.writeHead(result.status, { 'content-type': 'application/zip' }).end(result.bytes)
    return
  }
  if (result.page === undefined) return send(response, result.status, result.json, result.headers)
  const perPage = Number(url.searchParams.get('per_page') ?? 30)
  const page = Number(url.searchParams.get('page') ?? 1)
  const items = result.page.slice((page - 1) * perPage, page * perPage)
  const headers: Record<string, string> = {}
  if (page * perPage < result.page.length) {
    const next = new URL(url)
    next.searchParams.set('page', String(page + 1))
    headers.link = `<${next.href}>; rel="next"`
  }
  send(response, 200, result.wrap ? result.wrap(items, result.page.length) : items, headers)
}

function send(
  response: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {}
): void {
  if (json === undefined) {
    response.writeHead(status, headers).end()
    return
  }
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(json))
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : JSON.parse(text)
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve, reject) =>
    server.close(error => (error ? reject(error) : resolve()))
  )
}
