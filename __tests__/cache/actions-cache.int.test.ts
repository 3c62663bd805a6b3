import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { isCacheAvailable, restoreDir, saveDir } from '../../src/cache/actions-cache.js'
import { readTree, writeTree } from '../helpers/files.js'
import { recordingLog } from '../helpers/recording-log.js'
import { useCacheService } from './support.js'

// The real @actions/cache client, over HTTP, against the stand-in service and Azurite.
const { service, scratch, stdout } = useCacheService()

describe('restoreDir / saveDir round trips', () => {
  it('sees the service the runner environment names', () => {
    expect(isCacheAvailable()).toBe(true)
  })

  it('saves a folder and restores it, byte for byte, into the emptied place', async () => {
    const dir = path.join(scratch(), 'model')
    await writeTree(dir, {
      'config.json': '{"hidden_size": 384}\n',
      'onnx/model_quantized.onnx': randomBytes(300_000),
      'onnx/empty.bin': ''
    })
    const saved = await readTree(dir)
    const log = recordingLog()
    const callsBefore = service().requests.length
    const transfersBefore = service().blobRequests.length

    expect(await saveDir([dir], 'test-model-key', log)).toBe(true)
    await rm(dir, { recursive: true })
    expect(await restoreDir([dir], 'test-model-key', [], log)).toEqual({
      hit: true,
      matchedKey: 'test-model-key'
    })

    expect(await readTree(dir)).toEqual(saved)
    expect(log.warnings).toEqual([])
    expect(stdout()).not.toContain('::warning::')
    const methods = service()
      .requests.slice(callsBefore)
      .map(call => call.method)
    expect(methods).toEqual([
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL'
    ])
    // Up and down through @azure/storage-blob, as on GitHub: the SDK download starts with a HEAD.
    const transfers = service().blobRequests.slice(transfersBefore)
    expect(transfers.map(request => request.split(' ')[0])).toEqual(['PUT', 'HEAD', 'GET'])
  })

  it('falls back through a restore key to the newest entry of the same paths', async () => {
    const dir = path.join(scratch(), 'index')
    const other = path.join(scratch(), 'elsewhere')
    const saveAs = async (folder: string, key: string, content: string): Promise<void> => {
      await writeTree(folder, { 'manifest.json': content })
      expect(await saveDir([folder], key, recordingLog())).toBe(true)
    }
    await saveAs(dir, 'test-index-h1-sha1', 'first')
    await saveAs(dir, 'test-index-h1-sha2', 'second')
    await saveAs(dir, 'test-index-h2-sha3', 'other settings')
    // Newer and under the prefix, but saved from other paths: another version, never matched.
    await saveAs(other, 'test-index-h1-sha4', 'other paths')
    await rm(dir, { recursive: true })

    const log = recordingLog()
    const restored = await restoreDir([dir], 'test-index-h1-sha9', ['test-index-h1-'], log)

    expect(restored).toEqual({ hit: true, matchedKey: 'test-index-h1-sha2' })
    expect(await readTree(dir)).toEqual(base64Tree({ 'manifest.json': 'second' }))
    expect(log.warnings).toEqual([])
  })

  it('reports a miss as hit false and leaves the place alone', async () => {
    const dir = path.join(scratch(), 'nothing')
    const log = recordingLog()

    expect(await restoreDir([dir], 'test-absent-sha1', ['test-absent-'], log)).toEqual({
      hit: false
    })

    await expect(readTree(dir)).rejects.toThrow(/ENOENT/)
    expect(log.warnings).toEqual([])
    expect(stdout()).not.toContain('::warning::')
  })

  it('takes an existing key as no error: false, no warning', async () => {
    const dir = path.join(scratch(), 'twice')
    await writeTree(dir, { 'a.txt': 'a' })
    const log = recordingLog()

    expect(await saveDir([dir], 'test-twice', log)).toBe(true)
    expect(await saveDir([dir], 'test-twice', log)).toBe(false)

    expect(log.warnings).toEqual([])
    expect(stdout()).not.toContain('::warning::')
    expect(stdout()).toContain('Failed to save: Unable to reserve cache with key test-twice')
  })
})

function base64Tree(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => [name, Buffer.from(text).toString('base64')])
  )
}
