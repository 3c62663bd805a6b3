import { afterAll, afterEach, beforeAll, beforeEach, jest } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startCacheService, type CacheService } from '../helpers/cache-service.js'

/**
 * Starts the cache stand-in for the file's tests and points @actions/cache at it (jest gives each
 * test file its own process.env). Also gives each test an empty scratch folder and collects what
 * @actions/core prints (its warnings are `::warning::` lines on stdout).
 */
export function useCacheService(): {
  service: () => CacheService
  scratch: () => string
  stdout: () => string
} {
  let service: CacheService | undefined
  let scratch = ''
  let printed: string[] = []
  let stdoutSpy: { mockRestore(): void } | undefined

  beforeAll(async () => {
    service = await startCacheService()
    Object.assign(process.env, service.env)
    // Collected until the service is gone: calls a test gave up on still print as they fail.
    stdoutSpy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      printed.push(String(chunk))
      return true
    })
  })
  afterAll(async () => {
    await service?.stop()
    stdoutSpy?.mockRestore()
  })
  beforeEach(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'cache-test-'))
    printed = []
  })
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  return {
    service: () => {
      if (!service) throw new Error('cache service not started')
      return service
    },
    scratch: () => scratch,
    stdout: () => printed.join('')
  }
}

/** Writes files (relative path → content) under `dir`. */
export async function writeTree(
  dir: string,
  files: Record<string, string | Uint8Array>
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), content)
  }
}

/** Every file under `dir` as relative path → content (base64, so any bytes compare exactly). */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    tree[path.relative(dir, file)] = (await readFile(file)).toString('base64')
  }
  return tree
}
