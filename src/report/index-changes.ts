/**
 * What a run changed in the index against the prior one it built on: the files added, changed
 * (same path, other content) and removed, by path. Compared by the manifests' file entries, the
 * same path and content hash by which the pipeline decides what to reuse.
 */

/** An index's file as the comparison needs it. */
interface IndexedFile {
  path: string
  sha256: string
}

/** The paths, each list sorted. */
export interface IndexChanges {
  added: string[]
  changed: string[]
  removed: string[]
}

export function indexChanges(
  before: readonly IndexedFile[],
  after: readonly IndexedFile[]
): IndexChanges {
  const shaBefore = new Map(before.map(file => [file.path, file.sha256]))
  const pathsAfter = new Set(after.map(file => file.path))
  const changes: IndexChanges = { added: [], changed: [], removed: [] }
  for (const file of after) {
    const sha = shaBefore.get(file.path)
    if (sha === undefined) changes.added.push(file.path)
    else if (sha !== file.sha256) changes.changed.push(file.path)
  }
  changes.removed = before.filter(file => !pathsAfter.has(file.path)).map(file => file.path)
  for (const list of Object.values(changes)) list.sort()
  return changes
}
