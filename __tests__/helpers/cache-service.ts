import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startAzurite } from './cache-service/azurite.js'
import { forwardToAzurite } from './cache-service/blob-proxy.js'
import { CacheEntries } from './cache-service/entries.js'

/** 'error': every Twirp call answers 500; 'timeout': Twirp calls are never answered. */
export type FaultMode = 'none' | 'error' | 'timeout'

export interface TwirpCall {
  method: string
  body: Record<string, unknown>
}

export interface CacheService {
  /**
   * What the runner gives a JavaScript action, pointing at this service. @actions/cache reads
   * them when called, not when imported, so assigning them to process.env is enough.
   */
  env: Record<string, string>
  /** Every Twirp call received, in order. */
  requests: TwirpCall[]
  /** Every blob request proxied to Azurite, as `METHOD /container/blob`, in order. */
  blobRequests: string[]
  setFault(mode: FaultMode): void
  /** Stops Azurite only: blob transfers then fail while the Twirp service still answers. */
  stopStorage(): Promise<void>
  stop(): Promise<void>
}

const TWIRP_PATH = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/

/**
 * A stand-in for GitHub's cache service v2, the one @actions/cache 6 speaks when
 * ACTIONS_CACHE_SERVICE_V2 is set: Twirp JSON calls on 127.0.0.1 that hand out SAS URLs into
 * Azurite. The same server is the HTTP proxy through which those URLs reach Azurite.
 */
export async function startCacheService(): Promise<CacheService> {
  const azurite = await startAzurite()
  const runnerTemp = await mkdtemp(path.join(tmpdir(), 'runner-temp-'))
  const token = randomBytes(16).toString('hex')
  const entries = new CacheEntries()
  const requests: TwirpCall[] = []
  const blobRequests: string[] = []
  let fault: FaultMode = 'none'

  const twirp = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = TWIRP_PATH.exec(req.url ?? '')?.[1]
    if (req.method !== 'POST' || method === undefined) {
      return twirpError(res, 404, 'bad_route', `no handler for ${req.method} ${req.url}`)
    }
    if (req.headers.authorization !== `Bearer ${token}`) {
      return twirpError(res, 401, 'unauthenticated', 'invalid runtime token')
    }
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>
    requests.push({ method, body })
    if (fault === 'timeout') return
    if (fault === 'error') return twirpError(res, 500, 'internal', 'injected fault')

    const key = String(body.key)
    const version = String(body.version)
    switch (method) {
      case 'CreateCacheEntry': {
        const entry = entries.create(key, version)
        if (!entry) {
          return twirpError(res, 409, 'already_exists', 'cache entry already exists')
        }
        return reply(res, { ok: true, signed_upload_url: azurite.signedUrl(entry.blobName, 'cw') })
      }
      case 'FinalizeCacheEntryUpload': {
        const entry = entries.find(key, version)
        if (!entry) return twirpError(res, 404, 'not_found', 'cache entry not found')
        entry.sizeBytes = Number(body.size_bytes)
        return reply(res, { ok: true, entry_id: String(entry.id) })
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = (body.restore_keys ?? []) as string[]
        const entry = entries.match([key, ...restoreKeys], version)
        if (!entry) return reply(res, { ok: false })
        return reply(res, {
          ok: true,
          signed_download_url: azurite.signedUrl(entry.blobName, 'r'),
          matched_key: entry.key
        })
      }
      default:
        return twirpError(res, 404, 'bad_route', `unknown method ${method}`)
    }
  }

  const server = createServer((req, res) => {
    // A proxy request names its target absolutely; Twirp calls come with a path only.
    if (req.url?.startsWith('http://')) {
      blobRequests.push(`${req.method} ${new URL(req.url).pathname}`)
      return forwardToAzurite(req, res, azurite.port)
    }
    twirp(req, res).catch(error => twirpError(res, 500, 'internal', String(error)))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_RUNTIME_TOKEN: token,
      // The runner may narrow this to 'read'; the tests want to read and write.
      ACTIONS_CACHE_MODE: 'write',
      // Any other host counts as GHES, where @actions/cache falls back to the v1 protocol.
      GITHUB_SERVER_URL: 'https://github.com',
      // Where the client writes its archives; without it, /home/actions/temp.
      RUNNER_TEMP: runnerTemp,
      // @actions/http-client reads the lower-case name first, the Azure SDK the upper-case one.
      http_proxy: origin,
      HTTP_PROXY: origin
    },
    requests,
    blobRequests,
    setFault: mode => {
      fault = mode
    },
    stopStorage: () => azurite.stop(),
    stop: async () => {
      // Unanswered ('timeout') calls and idle keep-alive sockets would keep close() waiting.
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
      await azurite.stop()
      await rm(runnerTemp, { recursive: true, force: true })
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of req) body += String(chunk)
  return body
}

function reply(res: ServerResponse, body: Record<string, unknown>): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }))
}
