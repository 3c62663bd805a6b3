/**
 * Puts a downloaded index where query and serve read it: written beside the target, verified
 * there, then swapped in by two renames, so that a failure before the swap leaves the index
 * already in place as it was.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkIndexFolder, verifyIndex } from '../artifact/index.js'
import { errorMessage, printable } from '../util/index.js'
import { PullError } from './errors.js'

export async function placeIndex(
  files: Map<string, Buffer>,
  target: string
): Promise<{ files: number; chunks: number }> {
  // Never replace a folder that holds anything but an index.
  await checkIndexFolder(target).catch((error: unknown) => {
    throw new PullError(errorMessage(error), { cause: error })
  })
  await mkdir(dirname(target), { recursive: true })
  const staging = `${target}.pull-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  try {
    await mkdir(staging)
    for (const [name, bytes] of files) await writeFile(join(staging, name), bytes)
    const verdict = await verifyIndex(staging)
    if (!verdict.ok) {
      throw new PullError(
        `the artifact's index fails verification (${printable(verdict.reason)}); the index in ${target} is left as it was`
      )
    }
    const replaced = `${target}.replaced-${process.pid}`
    const hadOne = await rename(target, replaced).then(
      () => true,
      () => false
    )
    await rename(staging, target)
    if (hadOne) await rm(replaced, { recursive: true, force: true })
    return { files: verdict.files, chunks: verdict.chunks }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
