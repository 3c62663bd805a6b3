import { describe, expect, it } from '@jest/globals'
import { indexCacheKeys, modelCacheKey, type IndexKeySettings } from '../../src/cache/keys.js'

const model = { id: 'Xenova/all-MiniLM-L6-v2', revision: 'main', dtype: 'q8' } as const
const settings: IndexKeySettings = {
  model,
  chunking: { chunker: 'lines-cdc/1', max_tokens: 256 },
  shard: { index: 1, count: 2 },
  sha: 'a'.repeat(40)
}

function isValidKey(key: string): boolean {
  return key.length <= 512 && !key.includes(',')
}

describe('modelCacheKey', () => {
  it('names prefix, platform, model id, revision and dtype', () => {
    expect(modelCacheKey('embed-index', model)).toBe(
      `embed-index-model-${process.platform}-Xenova/all-MiniLM-L6-v2-main-q8`
    )
  })

  it('gives each dtype and revision its own key', () => {
    const keys = new Set([
      modelCacheKey('p', model),
      modelCacheKey('p', { ...model, dtype: 'fp32' }),
      modelCacheKey('p', { ...model, revision: 'v2' })
    ])
    expect(keys.size).toBe(3)
  })

  it('stays a valid, distinct key for overlong or odd revisions', () => {
    const long1 = modelCacheKey('p', { ...model, revision: 'x'.repeat(600) })
    const long2 = modelCacheKey('p', { ...model, revision: 'y'.repeat(600) })
    const odd = modelCacheKey('p', { ...model, revision: 'a,b c' })
    for (const key of [long1, long2, odd]) expect(isValidKey(key)).toBe(true)
    expect(long1).not.toBe(long2)
    expect(long1.startsWith(`p-model-${process.platform}-`)).toBe(true)
  })
})

describe('indexCacheKeys', () => {
  it('keys the commit under a restore prefix shared by the same settings', () => {
    const { key, restoreKeys } = indexCacheKeys('embed-index', settings)
    expect(restoreKeys).toHaveLength(1)
    expect(restoreKeys[0]).toMatch(/^embed-index-index-[0-9a-f]{16}-$/)
    expect(key).toBe(`${restoreKeys[0]}${settings.sha}`)
    const later = indexCacheKeys('embed-index', { ...settings, sha: 'b'.repeat(40) })
    expect(later.restoreKeys).toEqual(restoreKeys)
    expect(later.key).not.toBe(key)
  })

  it('separates indexes of another model, chunking or shard', () => {
    const variants: IndexKeySettings[] = [
      settings,
      { ...settings, model: { ...model, id: 'Xenova/bge-small-en-v1.5' } },
      { ...settings, model: { ...model, revision: 'v2' } },
      { ...settings, model: { ...model, dtype: 'fp32' } },
      { ...settings, chunking: { chunker: 'lines-cdc/2', max_tokens: 256 } },
      { ...settings, chunking: { chunker: 'lines-cdc/1', max_tokens: 128 } },
      { ...settings, shard: { index: 2, count: 2 } },
      { ...settings, shard: { index: 1, count: 3 } },
      { ...settings, shard: null }
    ]
    const prefixes = new Set(variants.map(v => indexCacheKeys('p', v).restoreKeys[0]))
    expect(prefixes.size).toBe(variants.length)
  })

  it('keeps keys valid whatever the prefix and sha hold', () => {
    const { key, restoreKeys } = indexCacheKeys('a,b', { ...settings, sha: 'c,d' })
    for (const k of [key, ...restoreKeys]) expect(isValidKey(k)).toBe(true)
    expect(key.startsWith(restoreKeys[0])).toBe(true)
  })
})
