/** What a scan makes of each file it lists: read, or skipped with a reason. */
export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'empty'
  | 'unreadable'
  | 'vanished'
  | 'secret'
  | 'symlink'
  | 'unsafe-name'

export interface ScannedFile {
  /** Relative to root, '/'-separated. */
  path: string
  bytes: number
  /** SHA-256 (hex) of the raw bytes. */
  sha256: string
  /** The git blob id of the raw bytes (what `git hash-object` gives). */
  gitBlob: string
  /** UTF-8, invalid sequences replaced with U+FFFD, a leading byte order mark removed. */
  content: string
}

export interface SkippedFile {
  /**
   * Relative to root, '/'-separated; for a folder that was not read (see UnreadFolder), the
   * folder's. A name an index cannot hold is shown as shownPath spells it.
   */
  path: string
  reason: SkipReason
  /** An error code (EACCES, ELOOP, ...), a size or a kind of secret, where there is one. */
  detail?: string
}
