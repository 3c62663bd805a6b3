import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST_FILE, type Manifest } from '../artifact/index.js'
import { parseJson, readRegularFile } from '../util/index.js'

/**
 * When the index in `dir` was rewritten since `served` was loaded from it (a rebuild in place
 * while `serve` runs): the time its manifest.json was written, else undefined. An index is told
 * apart by its checksums; a manifest that cannot be read now (a writer halfway through its swap)
 * is no newer index yet. Nothing else is taken from the file, which is not verified.
 */
export async function newerIndexWritten(dir: string, served: Manifest): Promise<Date | undefined> {
  const path = join(dir, MANIFEST_FILE)
  try {
    const [bytes, { mtime }] = await Promise.all([readRegularFile(path), stat(path)])
    const checksums = (parseJson(bytes.toString('utf8'), path) as Partial<Manifest> | null)
      ?.checksums
    const same = Object.entries(served.checksums).every(
      ([file, sha256]) => checksums?.[file as keyof Manifest['checksums']] === sha256
    )
    return same ? undefined : mtime
  } catch {
    return undefined
  }
}
