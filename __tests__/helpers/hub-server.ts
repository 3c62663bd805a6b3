import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface HubServer {
  /** http://127.0.0.1:PORT, to pass as hubUrl. */
  url: string
  /** `METHOD path` of every request received, in order (GETs as the bare path). */
  requests: string[]
  /** The Authorization header of every request, in order ('' for none). */
  authorizations: string[]
  /** The commit `revision` names now; X-Repo-Commit says it unless sendCommit is false. */
  commit: string
  /** false: behave like a plain mirror that does not say which commit a revision is. */
  sendCommit: boolean
  /** Set: only requests with `Authorization: Bearer <token>` are served, others get 401. */
  token?: string
  /** While set, this file (e.g. 'onnx/model.onnx') is cut off halfway: full Content-Length, half the bytes, then the socket closes. */
  cutFile?: string
  /** Moves `revision` to a new commit serving `folder` (the old commit stays reachable by id). */
  moveRevision(folder: string): string
  close(): Promise<void>
}

/** A deterministic 40-hex commit id for a folder served at a revision. */
function commitOf(id: string, revision: string, folder: string): string {
  return createHash('sha1').update(`${id}\0${revision}\0${folder}`).digest('hex')
}

/**
 * A local stand-in for the Hugging Face Hub: serves `folder` as model `id` at `revision`, laid out
 * as `/${id}/resolve/${revision}/${file}` and, like the hub, at `/${id}/resolve/${commit}/${file}`,
 * answering GET and HEAD with an `X-Repo-Commit` header; anything else is a 404.
 */
export async function startHubServer(
  id: string,
  revision: string,
  folder: string
): Promise<HubServer> {
  const folders = new Map<string, string>()
  const hub: HubServer = {
    url: '',
    requests: [],
    authorizations: [],
    commit: commitOf(id, revision, folder),
    sendCommit: true,
    moveRevision(next: string) {
      hub.commit = commitOf(id, revision, next)
      folders.set(hub.commit, next)
      return hub.commit
    },
    close: () => closeServer(server)
  }
  folders.set(hub.commit, folder)
  const server = createServer((request, response) => {
    const url = decodeURIComponent(request.url ?? '')
    hub.requests.push(request.method === 'GET' ? url : `${request.method} ${url}`)
    hub.authorizations.push(request.headers.authorization ?? '')
    if (hub.token !== undefined && request.headers.authorization !== `Bearer ${hub.token}`) {
      response.writeHead(401).end()
      return
    }
    const match = /^\/(.+)\/resolve\/([^/]+)\/(.+)$/.exec(url)
    const at = match?.[1] === id ? (match[2] === revision ? hub.commit : match?.[2]) : undefined
    const base = at === undefined ? undefined : folders.get(at)
    const file = match?.[3]
    if (base === undefined || file === undefined || file.split('/').includes('..')) {
      response.writeHead(404).end()
      return
    }
    readFile(path.join(base, file)).then(
      body => {
        const headers: Record<string, string | number> = { 'content-length': body.length }
        if (hub.sendCommit) headers['x-repo-commit'] = at!
        response.writeHead(200, headers)
        if (request.method === 'HEAD') response.end()
        else if (file === hub.cutFile) {
          response.write(body.subarray(0, body.length >> 1), () => response.destroy())
        } else {
          response.end(body)
        }
      },
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  hub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return hub
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve, reject) =>
    server.close(error => (error ? reject(error) : resolve()))
  )
}
