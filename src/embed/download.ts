import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { replaceViaTemp } from '../util/index.js'

/** An HTTP answer other than 200, kept apart so callers can word 404s and 401s for the user. */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number
  ) {
    super(`GET ${url} answered HTTP ${status}`)
  }
}

/**
 * Downloads `url` to `dest` so that `dest` either does not exist or holds the whole file: the
 * body goes to a temporary name beside it, its size is checked against Content-Length, and only
 * then is it renamed into place. A connection cut halfway therefore never leaves a file that a
 * later run would take for a complete one.
 */
export async function downloadFile(
  url: string,
  dest: string,
  headers: Record<string, string> = {}
): Promise<void> {
  const response = await fetch(url, { headers })
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel()
    throw new HttpStatusError(url, response.status)
  }
  await mkdir(path.dirname(dest), { recursive: true })
  await replaceViaTemp(dest, async temp => {
    let received = 0
    const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>)
    body.on('data', (chunk: Buffer) => (received += chunk.length))
    await pipeline(body, createWriteStream(temp))
    // fetch decodes compressed bodies, and then Content-Length counts the encoded bytes.
    const declared = response.headers.get('content-length')
    if (declared !== null && !response.headers.has('content-encoding')) {
      if (received !== Number(declared)) {
        throw new Error(`GET ${url} ended after ${received} of ${declared} bytes`)
      }
    }
  })
}
