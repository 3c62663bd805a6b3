import path from 'node:path'
import { realPathOf } from '../util/index.js'

/**
 * Of the tool's own paths (absolute: the output folder, the models, the stats file...), those
 * whose real path lies under root (a real path), relative to root and '/'-separated. A path that
 * does not exist yet (an output folder before the first run) is resolved through its nearest
 * existing ancestor, so a link on the way or a root given through a link cannot hide it.
 */
export async function ownPathsUnder(root: string, paths: readonly string[]): Promise<string[]> {
  const under: string[] = []
  for (const own of paths) {
    const relative = path.relative(root, await realPathOf(own))
    // By segments: a folder named '..idx' is under root, '../idx' is not.
    const outside = relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)
    if (!outside) under.push(relative.split(path.sep).join('/'))
  }
  return under
}

/** Whether a '/'-separated path relative to root is one of `own` or lies inside one. */
export function isOwnPath(file: string, own: readonly string[]): boolean {
  return own.some(folder => folder === '' || file === folder || file.startsWith(`${folder}/`))
}
