import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errorCode } from '../util/errors.js'

/**
 * Fails early, naming the folder, when the index could not be written there. Folders made for the
 * probe are removed again (writeIndex makes them), so a run that fails later leaves nothing behind.
 */
export async function assertWritable(dir: string): Promise<void> {
  const probe = join(dir, `.embed-index-write-test-${process.pid}`)
  let created: string | undefined
  try {
    created = await mkdir(dir, { recursive: true })
    await writeFile(probe, '')
    await rm(probe)
  } catch (error) {
    throw new Error(
      `output folder ${dir} is not writable (${errorCode(error)}); choose another with output / --out`,
      { cause: error }
    )
  } finally {
    if (created !== undefined) await rm(created, { recursive: true, force: true })
  }
}
