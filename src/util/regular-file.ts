import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

/**
 * Flags to open a file that must be a plain file: a symbolic link is refused (O_NOFOLLOW: ELOOP)
 * and a FIFO does not block the open (O_NONBLOCK), so fstat can reject it. Neither flag exists on
 * Windows, where 0 leaves them out.
 */
export const REGULAR_FILE_FLAGS =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** A read that found something other than a regular file where one should be. */
class NotRegularFileError extends Error {
  readonly code = 'ENOTREG'
}

/**
 * The bytes of `path`, which must be a regular file itself: never a symbolic link, a FIFO, a
 * device or a folder. Errors carry the errno code (ENOENT, ELOOP for a link, ...) or ENOTREG.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, REGULAR_FILE_FLAGS)
  try {
    if (!(await handle.stat()).isFile()) {
      throw new NotRegularFileError(`${path} is not a regular file`)
    }
    return await handle.readFile()
  } finally {
    await handle.close()
  }
}
