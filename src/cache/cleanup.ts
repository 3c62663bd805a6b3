/**
 * Cache hygiene (`cache-cleanup: true`). Every commit saves its own prior-index entry (the key
 * ends in the commit sha, see keys.ts), and once a newer entry of the same settings exists on a
 * branch, the older ones of that branch are never restored again: a restore key picks the newest.
 * They only crowd the repository's cache quota until GitHub evicts them, possibly before other
 * workflows' caches. After this commit's entry is saved, this deletes them through the REST API:
 * same ref, same key prefix (model, dtype, chunking, shard), another commit. Other branches'
 * entries, the default branch's included, are never touched.
 */
import { describeApiFailure, githubClient, type GitHubClient } from '../github/index.js'
import { parseRepository, type Log, type Repository } from '../core/index.js'

interface SupersededEntries {
  /** The restore key: the prefix every entry of these settings shares. */
  keyPrefix: string
  /** This commit's entry, just saved: kept. */
  keep: string
  /** The Git ref the entries belong to (GITHUB_REF: refs/heads/main, refs/pull/7/merge). */
  ref: string
}

interface DeletedEntry {
  key: string
  bytes: number
}

/**
 * Deletes the superseded entries and returns them: those of the ref and prefix saved before this
 * commit's entry. A restore picks the newest entry, so none of them would be restored again; an
 * entry saved after ours (a run of another commit that finished later) is the one a restore
 * picks, and stays. Without our entry in the list, nothing is known to be older: nothing goes.
 * The list is filtered again here by ref and prefix, so an API that ignored its filters could
 * not make this delete another branch's entry. Throws the API's error; entries deleted before it
 * stay deleted.
 */
export async function deleteSupersededEntries(
  client: GitHubClient,
  repository: Repository,
  entries: SupersededEntries
): Promise<DeletedEntry[]> {
  const listed = await client.paginate(client.rest.actions.getActionsCacheList, {
    ...repository,
    key: entries.keyPrefix,
    ref: entries.ref,
    per_page: 100
  })
  const savedAt = (created: string | undefined) => Date.parse(created ?? '')
  const ours = listed.find(entry => entry.key === entries.keep && entry.ref === entries.ref)
  const cutoff = savedAt(ours?.created_at)
  const superseded = listed.flatMap(({ id, key, ref, size_in_bytes, created_at }) =>
    id !== undefined &&
    key !== undefined &&
    ref === entries.ref &&
    key.startsWith(entries.keyPrefix) &&
    key !== entries.keep &&
    savedAt(created_at) < cutoff
      ? [{ id, key, bytes: size_in_bytes ?? 0 }]
      : []
  )
  const deleted: DeletedEntry[] = []
  for (const { id, key, bytes } of superseded) {
    await client.rest.actions.deleteActionsCacheById({ ...repository, cache_id: id })
    deleted.push({ key, bytes })
  }
  return deleted
}

/**
 * The cleanup as the action runs it, after this commit's entry was saved: the repository and ref
 * from the runner's environment; every failure (no permission: a 403) is a warning.
 */
export async function cleanUpSupersededEntries(
  token: string,
  entries: Omit<SupersededEntries, 'ref'>,
  log: Log,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const repository = parseRepository(env.GITHUB_REPOSITORY)
  if (repository === undefined || !env.GITHUB_REF) {
    log.warning('cache-cleanup: skipped: GITHUB_REPOSITORY or GITHUB_REF is not set')
    return
  }
  try {
    const client = githubClient(token, { baseUrl: env.GITHUB_API_URL })
    const deleted = await deleteSupersededEntries(client, repository, {
      ...entries,
      ref: env.GITHUB_REF
    })
    const mb = deleted.reduce((sum, entry) => sum + entry.bytes, 0) / 1e6
    log.info(
      `cache-cleanup: deleted ${deleted.length} superseded entries of ${env.GITHUB_REF} (${mb.toFixed(1)} MB)`
    )
  } catch (error) {
    log.warning(
      `cache-cleanup: superseded entries not deleted: ${describeApiFailure(error, 'actions: write')}`
    )
  }
}
