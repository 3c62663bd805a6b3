import fg from 'fast-glob'
import { relative, sep } from 'node:path'
import type { IndexConfig } from '../config/parse.js'

/**
 * Exclude globs for what embed-index itself writes or reads under root (the index, the prior,
 * the models, the stats file), which must never be indexed. Names are escaped: a folder called
 * `out[1]` is a literal name, not a glob.
 */
export function ownPaths(config: IndexConfig): string[] {
  const inside: string[] = []
  const folders = [config.output, config.prior, config.model.cacheDir, config.model.path]
  for (const [path, isFolder] of [
    ...folders.map(folder => [folder, true] as const),
    [config.statsJson, false] as const
  ]) {
    if (!path) continue
    const rel = relative(config.root, path)
    if (rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep)) {
      const glob = fg.escapePath(rel.split(sep).join('/'))
      inside.push(isFolder ? `${glob}/**` : glob)
    }
  }
  return inside
}
