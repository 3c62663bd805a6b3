import { describe, expect, it } from '@jest/globals'
import type { IndexSettings } from '../../src/artifact/compat.js'
import { indexCacheKeys, modelCacheKey, type IndexKeySettings } from '../../src/cache/keys.js'

const COMMIT = '0123456789abcdef0123456789abcdef01234567'
const model = {
  id: 'Xenova/all-MiniLM-L6-v2',
  revision: 'main',
  commit: COMMIT,
  dtype: 'q8'
} as const
const indexSettings: IndexSettings = {
  model,
  recipe: 'mean-l2/1',
  chunking: { chunker: 'lines-cdc/1', max_tokens: 256 }
}
const settings: IndexKeySettings = {
  settings: indexSettings,
  shard: { number: 1, count: 2 },
  sha: 'a'.repeat(40)
}

/** settings with the model, recipe or chunking changed. */
function variant(changes: Partial<IndexSettings>): IndexKeySettings {
  return { ...settings, settings: { ...indexSettings, ...changes } }
}

function isValidKey(key: string): boolean {
  return key.length <= 512 && !key.includes(',')
}

describe('modelCacheKey', () => {
  it('names prefix, platform, model id, the commit the revision is, and dtype', () => {
    expect(modelCacheKey('embed-index', model)).toBe(
      `embed-index-model-${process.platform}-Xenova/all-MiniLM-L6-v2-${COMMIT}-q8`
    )
    // A revision name the hub could move is never the key when the commit is known.
    expect(modelCacheKey('p', { ...model, revision: 'v2' })).toBe(modelCacheKey('p', model))
  })

  it('gives each dtype and commit its own key', () => {
    const keys = new Set([
      modelCacheKey('p', model),
      modelCacheKey('p', { ...model, dtype: 'fp32' }),
      modelCacheKey('p', { ...model, commit: 'f'.repeat(40) }),
      modelCacheKey('p', { ...model, commit: null })
    ])
    expect(keys.size).toBe(4)
  })

  it('stays a valid, distinct key for overlong or odd revisions', () => {
    const unpinned = { ...model, commit: null }
    const long1 = modelCacheKey('p', { ...unpinned, revision: 'x'.repeat(600) })
    const long2 = modelCacheKey('p', { ...unpinned, revision: 'y'.repeat(600) })
    const odd = modelCacheKey('p', { ...unpinned, revision: 'a,b c' })
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

  it('separates indexes of another model, commit, recipe, chunking or shard', () => {
    const variants: IndexKeySettings[] = [
      settings,
      variant({ model: { ...model, id: 'Xenova/bge-small-en-v1.5' } }),
      variant({ model: { ...model, commit: 'f'.repeat(40) } }),
      variant({ model: { ...model, commit: null } }),
      variant({ model: { ...model, dtype: 'fp32' } }),
      variant({ recipe: 'mean-l2/2' }),
      variant({ chunking: { chunker: 'lines-cdc/2', max_tokens: 256 } }),
      variant({ chunking: { chunker: 'lines-cdc/1', max_tokens: 128 } }),
      { ...settings, shard: { number: 2, count: 2 } },
      { ...settings, shard: { number: 1, count: 3 } },
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
