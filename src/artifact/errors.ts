/**
 * Any problem with an index on disk or an index about to be written. The message is one line
 * that names the file (or folder) and the problem, fit to show a user as is.
 */
export class IndexError extends Error {
  override name = 'IndexError'
}
