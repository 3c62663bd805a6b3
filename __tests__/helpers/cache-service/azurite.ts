import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
// @azure/storage-blob is @actions/cache's own blob client; the stand-in signs URLs with it.
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'

// Azurite's well-known development account (public, documented by Microsoft).
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-cache'
/**
 * Signed URLs name the production host: @actions/cache only downloads through the Azure SDK (as
 * it does on GitHub) for `*.blob.core.windows.net`, and the stand-in's proxy routes that host to
 * Azurite, which reads the account from the host name as Azure does.
 */
export const BLOB_HOST = `${ACCOUNT}.blob.core.windows.net`

const LISTENING = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/
const SAS_LIFETIME_MS = 60 * 60_000

export interface Azurite {
  port: number
  /** A SAS URL for one blob of the cache container: 'cw' to upload, 'r' to download. */
  signedUrl(blobName: string, permissions: 'cw' | 'r'): string
  stop(): Promise<void>
}

/** Azurite's blob service in a child process: in memory, on 127.0.0.1 and a free port. */
export async function startAzurite(): Promise<Azurite> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'azurite-'))
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js')
  const child = spawn(
    process.execPath,
    [
      main,
      ...['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence'],
      ...['--extentMemoryLimit', '256', '--disableTelemetry', '--silent', '--skipApiVersionCheck']
    ],
    { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const stop = async (): Promise<void> => {
    await kill(child)
    await rm(workDir, { recursive: true, force: true })
  }
  try {
    const port = await listeningPort(child)
    const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
    const service = new BlobServiceClient(`http://127.0.0.1:${port}/${ACCOUNT}`, credential)
    await service.getContainerClient(CONTAINER).create()
    const signedUrl = (blobName: string, permissions: 'cw' | 'r'): string => {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName,
          permissions: BlobSASPermissions.parse(permissions),
          expiresOn: new Date(Date.now() + SAS_LIFETIME_MS)
        },
        credential
      )
      return `http://${BLOB_HOST}/${CONTAINER}/${blobName}?${sas.toString()}`
    }
    return { port, signedUrl, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const onData = (data: Buffer): void => {
      output += data.toString()
      const match = LISTENING.exec(output)
      if (match) {
        child.stdout?.off('data', onData).resume()
        child.stderr?.off('data', onData).resume()
        resolve(Number(match[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', code => reject(new Error(`Azurite exited (${code}): ${output}`)))
  })
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolve => {
    child.once('exit', () => resolve())
    // In-memory storage has nothing to flush, so there is no point in a graceful shutdown.
    child.kill('SIGKILL')
  })
}
