import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { comparePaths, pathProblem } from '../artifact/paths.js'
import { mapConcurrently } from './concurrency.js'
import { loadGitignore } from './gitignore.js'
import { listFiles, type ListedFile } from './list.js'
import { ALWAYS_EXCLUDED_FOLDERS, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './patterns.js'
import { readFileContent, resolveLink, type Skip } from './read.js'
import { isSecretPath } from './secrets.js'
import { inShard } from './shard.js'
import type { Shard } from './shard.js'

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

/** Files read at once: enough to keep the disk busy, few enough for any descriptor limit. */
const READ_CONCURRENCY = 16

/**
 * Finds the files under root to index and reads them. Files are listed by the include and exclude
 * globs (plus ALWAYS_EXCLUDED and, when asked, .gitignore), kept when in the shard, then read;
 * each one is either returned or reported as skipped with a reason. Paths an index cannot hold
 * (see pathProblem: a backslash, a drive-letter prefix) are left out like excluded ones.
 * Throws only when root is not a readable folder.
 */
export async function scanRepository(options: ScanOptions): Promise<ScanResult> {
  const root = await realpath(options.root)
  if (!(await stat(root)).isDirectory()) throw new Error(`${options.root} is not a folder`)
  const defaults = options.include.length === 0
  const include = defaults ? DEFAULT_INCLUDE : options.include
  const exclude = defaults ? [...options.exclude, ...DEFAULT_EXCLUDE] : options.exclude
  const [listing, ignored] = await Promise.all([
    listFiles(root, include, exclude),
    options.gitignore ? loadGitignore(root) : undefined
  ])
  const wanted = (file: string, isFolder: boolean) =>
    pathProblem(file) === null &&
    (options.shard === undefined || inShard(file, options.shard)) &&
    !(ignored?.(file, isFolder) ?? false)

  const skipped: SkippedFile[] = listing.unlistable
    .filter(folder => wanted(folder.path, true))
    .map(folder => ({ path: folder.path, reason: 'unreadable', detail: folder.code }))
  const listed = listing.files.filter(file => wanted(file.path, false))

  const files: ScannedFile[] = []
  let seen = 0
  await mapConcurrently(listed, READ_CONCURRENCY, async file => {
    const outcome = await scanFile(root, file, options)
    if (outcome !== undefined && 'reason' in outcome) skipped.push({ path: file.path, ...outcome })
    else if (outcome !== undefined) files.push({ path: file.path, ...outcome })
    options.onProgress?.(++seen)
  })
  // Reads finish in any order: sort once, at the end.
  return { files: files.sort(byPath), skipped: skipped.sort(byPath) }
}

/** One listed file's outcome; undefined for a link to a folder (nothing to index, nothing wrong). */
async function scanFile(
  root: string,
  file: ListedFile,
  options: ScanOptions
): Promise<Omit<ScannedFile, 'path'> | Skip | undefined> {
  if (options.excludeSecrets && isSecretPath(file.path)) return { reason: 'secret' }
  let target = path.join(root, file.path)
  if (file.symlink) {
    const link = await resolveLink(root, target)
    if (link.kind === 'not-a-file') return undefined
    if (link.kind === 'skip') return link.skip
    // A link must not reach what its own path could not: .git, node_modules or a secret.
    if (isAlwaysExcluded(link.relative)) return { reason: 'outside-root', detail: link.relative }
    if (options.excludeSecrets && isSecretPath(link.relative)) return { reason: 'secret' }
    target = link.real
  }
  return readFileContent(target, options.maxFileBytes)
}

function isAlwaysExcluded(file: string): boolean {
  return file.split('/').some(segment => ALWAYS_EXCLUDED_FOLDERS.includes(segment))
}

function byPath(a: { path: string }, b: { path: string }): number {
  return comparePaths(a.path, b.path)
}
