import { request, type IncomingMessage, type ServerResponse } from 'node:http'

/**
 * Forwards one proxied request (absolute-form target, e.g. `GET http://<account>.blob.core.windows
 * .net/...`) to Azurite on 127.0.0.1, keeping the Host header so Azurite reads the account from it.
 * When Azurite is unreachable the answer is 502 Bad Gateway, as from any forward proxy.
 */
export function forwardToAzurite(req: IncomingMessage, res: ServerResponse, port: number): void {
  const target = new URL(req.url ?? '/')
  const headers = { ...req.headers }
  delete headers['proxy-connection']
  const upstream = request(
    { host: '127.0.0.1', port, method: req.method, path: target.pathname + target.search, headers },
    answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    }
  )
  upstream.on('error', error => {
    if (res.headersSent) {
      res.destroy(error)
    } else {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`Bad Gateway: ${error.message}`)
    }
  })
  req.pipe(upstream)
}
