import type { Shard } from '../config/types.js'

export type SkipReason =
  'binary' | 'too-large' | 'empty' | 'unreadable' | 'vanished' | 'secret' | 'outside-root'

export interface ScanOptions {
  /** Absolute path of the folder to index. */
  root: string
  /** Globs relative to root; an empty list means DEFAULT_INCLUDE. */
  include: readonly string[]
  /** Globs relative to root, on top of ALWAYS_EXCLUDED. */
  exclude: readonly string[]
  /** Honour the .gitignore files found under root. */
  gitignore: boolean
  maxFileBytes: number
  /** Skip secret-looking files (see SECRET_FILE_PATTERNS). */
  excludeSecrets: boolean
  /** Scan only this shard's files; other shards' files are neither read nor reported. */
  shard?: Shard
  /** Called after each listed file is read or skipped, with how many have been so far. */
  onProgress?: (seen: number) => void
}

export interface ScannedFile {
  /** Relative to root, '/'-separated. */
  path: string
  bytes: number
  /** SHA-256 (hex) of the raw bytes. */
  sha256: string
  /** UTF-8, invalid sequences replaced with U+FFFD, a leading byte order mark removed. */
  content: string
}

export interface SkippedFile {
  /** Relative to root, '/'-separated; a folder's path for a folder that could not be listed. */
  path: string
  reason: SkipReason
  /** An error code (EACCES, ELOOP, ...) or a size, where there is one. */
  detail?: string
}

export interface ScanResult {
  /** Sorted by path. */
  files: ScannedFile[]
  /** Sorted by path. */
  skipped: SkippedFile[]
}
