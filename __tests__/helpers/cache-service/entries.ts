/** One cache entry as GitHub's cache service keeps it: a key, the client's version, a blob. */
export interface CacheEntry {
  id: number
  key: string
  version: string
  blobName: string
  /** Set by FinalizeCacheEntryUpload; until then the entry cannot be restored. */
  sizeBytes?: number
}

/**
 * The entries of one repository scope, with the service's lookup rules: an entry is only seen by
 * a request with the same version (a hash of the cached paths and the compression method); each
 * of key, restore_keys[0], restore_keys[1], ... is tried in turn, first as an exact key, then as a
 * prefix, and among several prefix matches the most recently created entry wins.
 */
export class CacheEntries {
  private readonly entries: CacheEntry[] = []

  /** A new entry, or undefined when one with this key and version exists (the service's 409). */
  create(key: string, version: string): CacheEntry | undefined {
    if (this.find(key, version)) return undefined
    const id = this.entries.length + 1
    const entry: CacheEntry = { id, key, version, blobName: `${id}/cache-archive` }
    this.entries.push(entry)
    return entry
  }

  find(key: string, version: string): CacheEntry | undefined {
    return this.entries.find(entry => entry.key === key && entry.version === version)
  }

  match(keys: string[], version: string): CacheEntry | undefined {
    // Entries are appended in creation order, so newest first is the reverse.
    const visible = this.entries
      .filter(entry => entry.version === version && entry.sizeBytes !== undefined)
      .reverse()
    for (const key of keys) {
      const found =
        visible.find(entry => entry.key === key) ?? visible.find(entry => entry.key.startsWith(key))
      if (found) return found
    }
    return undefined
  }
}
