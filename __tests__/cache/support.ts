import { afterAll, afterEach, beforeAll, beforeEach, jest } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
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
