import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface HubServer {
  /** http://127.0.0.1:PORT, to pass as hubUrl. */
  url: string
  /** Paths of every request received, in order. */
  requests: string[]
  /** While set, this file (e.g. 'onnx/model.onnx') is cut off halfway: full Content-Length, half the bytes, then the socket closes. */
  cutFile?: string
  close(): Promise<void>
}

/**
 * A local stand-in for the Hugging Face Hub: serves `folder` as model `id` at revision
 * `revision`, laid out as `/${id}/resolve/${revision}/${file}`; anything else is a 404.
 */
export async function startHubServer(
  id: string,
  revision: string,
  folder: string
): Promise<HubServer> {
  const prefix = `/${id}/resolve/${revision}/`
  const hub: HubServer = { url: '', requests: [], close: () => closeServer(server) }
  const server = createServer((request, response) => {
    const url = decodeURIComponent(request.url ?? '')
    hub.requests.push(url)
    const file = url.startsWith(prefix) ? url.slice(prefix.length) : undefined
    if (file === undefined || file.split('/').includes('..')) {
      response.writeHead(404).end()
      return
    }
    readFile(path.join(folder, file)).then(
      body => {
        response.writeHead(200, { 'content-length': body.length })
        if (file === hub.cutFile) {
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
