/** The message of anything thrown, for one-line reports (an Error of any realm has one). */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' ? message : String(error)
}

/** The errno code of a file-system error (ENOENT, EACCES, ...), else the message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? errorMessage(error)
}
