import { describe, expect, it, jest } from '@jest/globals'
import path from 'node:path'
import {
  CACHE_CALL_TIMEOUT_MS,
  isCacheAvailable,
  restoreDir,
  saveDir
} from '../../src/cache/actions-cache.js'
import { writeTree } from '../helpers/files.js'
import { recordingLog } from '../helpers/recording-log.js'
import { useCacheService } from './support.js'

// Cache trouble of every kind: the real @actions/cache client against the stand-in misbehaving.
const { service, scratch, stdout } = useCacheService()

const TIME_SCALE = 100

/**
 * Runs `work` with every setTimeout TIME_SCALE times shorter, so the client's retry back-offs
 * (3 s and up) and our 5-minute bound pass in moments, in the same order. Socket timeouts are
 * Node internals and keep their real length.
 */
async function inCompressedTime<T>(work: () => Promise<T>): Promise<T> {
  const realSetTimeout = globalThis.setTimeout
  const scaled = (callback: () => void, ms?: number): NodeJS.Timeout =>
    realSetTimeout(callback, Math.ceil((ms ?? 0) / TIME_SCALE))
  const spy = jest.spyOn(globalThis, 'setTimeout').mockImplementation(scaled as typeof setTimeout)
  try {
    return await work()
  } finally {
    spy.mockRestore()
  }
}

async function folderToSave(name: string): Promise<string> {
  const dir = path.join(scratch(), name)
  await writeTree(dir, { 'manifest.json': name })
  return dir
}

describe('cache trouble is never fatal', () => {
  it('without a cache service: unavailable, restore misses, save declines', async () => {
    const url = process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_RESULTS_URL
    try {
      const dir = await folderToSave('no-service')
      const log = recordingLog()

      expect(isCacheAvailable()).toBe(false)
      expect(await restoreDir([dir], 'test-no-service', [], log)).toEqual({ hit: false })
      expect(await saveDir([dir], 'test-no-service', log)).toBe(false)
    } finally {
      process.env.ACTIONS_RESULTS_URL = url
    }
    expect(stdout()).toContain('::warning::Failed to restore')
  })

  it('a service answering 500: retried, then a warned miss and an unsaved entry', async () => {
    const dir = await folderToSave('errors')
    const log = recordingLog()
    service().setFault('error')
    try {
      const restored = await inCompressedTime(() => restoreDir([dir], 'test-errors', [], log))
      const saved = await inCompressedTime(() => saveDir([dir], 'test-errors', log))

      expect(restored).toEqual({ hit: false })
      expect(saved).toBe(false)
    } finally {
      service().setFault('none')
    }
    const attempts = (method: string): number =>
      service().requests.filter(call => call.method === method && call.body.key === 'test-errors')
        .length
    expect(attempts('GetCacheEntryDownloadURL')).toBeGreaterThan(1)
    expect(attempts('CreateCacheEntry')).toBeGreaterThan(1)
    expect(stdout()).toContain('::warning::Failed to restore: Failed to GetCacheEntryDownloadURL')
    // @actions/cache reports every failure to reserve an entry as info, as actions/cache does.
    expect(stdout()).toContain('Failed to save: Unable to reserve cache with key test-errors')
    // The service works again: nothing was half-saved under the key.
    expect(await saveDir([dir], 'test-errors', log)).toBe(true)
    expect(log.warnings).toEqual([])
  })

  it('a service that never answers: both calls give up at the bound and warn', async () => {
    const dir = await folderToSave('hang')
    const log = recordingLog()
    service().setFault('timeout')
    try {
      const [restored, saved] = await inCompressedTime(() =>
        Promise.all([
          restoreDir([dir], 'test-hang', [], log),
          saveDir([dir], 'test-hang-save', log)
        ])
      )

      expect(restored).toEqual({ hit: false })
      expect(saved).toBe(false)
    } finally {
      service().setFault('none')
    }
    const seconds = CACHE_CALL_TIMEOUT_MS / 1000
    expect([...log.warnings].sort()).toEqual([
      `Cache restore of test-hang gave up after ${seconds} s; going on without it`,
      `Cache save of test-hang-save gave up after ${seconds} s; going on without it`
    ])
  })

  // Stops Azurite for good, so it comes last.
  it('blob storage down: restore and save warn and carry on', async () => {
    const dir = await folderToSave('storage')
    expect(await saveDir([dir], 'test-storage', recordingLog())).toBe(true)
    await service().stopStorage()
    const log = recordingLog()

    expect(await restoreDir([dir], 'test-storage', [], log)).toEqual({ hit: false })
    expect(await saveDir([dir], 'test-storage-2', log)).toBe(false)

    expect(stdout()).toContain('::warning::Failed to restore')
    expect(stdout()).toContain('::warning::Failed to save')
  })
})
