/** The message of anything thrown, for one-line reports. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The errno code of a file-system error (ENOENT, EACCES, ...), else the message. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? errorMessage(error)
}
