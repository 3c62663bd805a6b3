import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { comparePaths } from '../core/index.js'
import { mapConcurrently } from './concurrency.js'
import { loadGitignore } from './gitignore.js'
import { LinkFinder } from './links.js'
import { listFiles, type ListedFile } from './list.js'
import { nameProblem, shownPath, textPath } from './names.js'
import { isOwnPath, ownPathsUnder } from './own-paths.js'
import { ALWAYS_EXCLUDED_FOLDERS, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './patterns.js'
import { failedRead, readFileContent, type Skip } from './read.js'
import { isSecretPath, secretInText } from './secrets.js'
import type { ScannedFile, SkippedFile } from '../core/index.js'
import { inShard } from '../core/index.js'
import type { Shard } from '../core/index.js'

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
  /** Skip secret-looking files: by name (SECRET_FILE_PATTERNS) and by content (secretInText). */
  excludeSecrets: boolean
  /**
   * What the tool itself writes or reads (absolute paths: output folder, prior, models, stats
   * file); no file whose real path lies inside one is listed.
   */
  ownPaths: readonly string[]
  /** Scan only this shard's files; other shards' files are neither read nor reported. */
  shard?: Shard
  /** Called after each listed file is read or skipped, with how many have been so far. */
  onProgress?: (seen: number) => void
}

export interface ScanResult {
  /** Sorted by path. */
  files: ScannedFile[]
  /** Sorted by path. */
  skipped: SkippedFile[]
}

/** Files read at once: enough to keep the disk busy, few enough for any descriptor limit. */
const READ_CONCURRENCY = 16

/** What one listed entry's checks need besides the entry. */
interface EntryCheck {
  /** Real path. */
  root: string
  links: LinkFinder
  /** The tool's own paths under root (see ownPathsUnder). */
  own: string[]
  /** Whether shard and .gitignore keep a path (spelled, relative to root). */
  wanted: (file: string, isFolder: boolean) => boolean
  options: ScanOptions
}

/**
 * Finds the files under root to index and reads them. Files are listed by the include and exclude
 * globs (plus ALWAYS_EXCLUDED and, when asked, .gitignore) and kept when in the shard; then each
 * one passes the same checks, whatever glob found it (see scanEntry), and is either read and
 * returned or reported as skipped with a reason. Throws only when root is not a readable folder.
 */
export async function scanRepository(options: ScanOptions): Promise<ScanResult> {
  const root = await realpath(options.root)
  if (!(await stat(root)).isDirectory()) throw new Error(`${options.root} is not a folder`)
  const defaults = options.include.length === 0
  const include = defaults ? DEFAULT_INCLUDE : options.include
  const exclude = defaults ? [...options.exclude, ...DEFAULT_EXCLUDE] : options.exclude
  const links = new LinkFinder(root)
  const [listing, ignored, own] = await Promise.all([
    listFiles(root, include, exclude, links),
    options.gitignore ? loadGitignore(root, links) : undefined,
    ownPathsUnder(root, options.ownPaths)
  ])
  const wanted = (file: string, isFolder: boolean) =>
    (options.shard === undefined || inShard(shownPath(file), options.shard)) &&
    !(ignored?.(textPath(file), isFolder) ?? false)
  const check: EntryCheck = { root, links, own, wanted, options }

  // A link is a file to git: a folder rule such as 'docs/' does not match one.
  const skipped: SkippedFile[] = listing.unread
    .filter(folder => wanted(folder.path, folder.reason !== 'symlink'))
    .map(({ path, ...why }) => ({ path: shownPath(path), ...why }))
  const files: ScannedFile[] = []
  let seen = 0
  const entries = canonical(listing.files).filter(file => wanted(file.path, false))
  await mapConcurrently(entries, READ_CONCURRENCY, async entry => {
    const outcome = await scanEntry(entry, check)
    if (outcome !== undefined && 'reason' in outcome) skipped.push(outcome)
    else if (outcome !== undefined) files.push(outcome)
    options.onProgress?.(++seen)
  })
  // Reads finish in any order: sort once, at the end. A link on the way to several files, or
  // found by several globs, is one entry.
  const unique = [...new Map(skipped.map(skip => [skip.path, skip])).values()]
  return { files: files.sort(byPath), skipped: unique.sort(byPath) }
}

/**
 * The listed files under their normal paths ('./a' is 'a'), each once; a path that leaves root
 * (a glob such as 'sub/../../x' names no file of the tree) is not one of them.
 */
function canonical(files: readonly ListedFile[]): ListedFile[] {
  const byPath = new Map<string, ListedFile>()
  for (const file of files) {
    const normal = path.posix.normalize(file.path)
    if (normal === '..' || normal.startsWith('../') || normal.startsWith('/')) continue
    byPath.set(normal, { ...file, path: normal })
  }
  return [...byPath.values()]
}

/**
 * One listed file's outcome; undefined when it is left out. Symbolic links are never followed:
 * a file is read only when no link is on its way from root and it is no link itself, so its real
 * path is root + '/' + its path, and the checks below on its path are checks on what is read (the
 * open refuses a link that appeared since, see read.ts).
 */
async function scanEntry(
  file: ListedFile,
  check: EntryCheck
): Promise<ScannedFile | SkippedFile | undefined> {
  const shown = shownPath(file.path)
  const skip = (why: Skip): SkippedFile => ({ path: shown, ...why })
  if (nameProblem(file.path) !== null) return skip({ reason: 'unsafe-name' })
  const text = textPath(file.path)
  if (isAlwaysExcluded(text) || isOwnPath(text, check.own)) return undefined
  let link: string | null
  try {
    link = await check.links.linkOn(path.posix.dirname(file.path).replace(/^\.$/, ''))
  } catch (error) {
    return skip(failedRead(error))
  }
  if (link !== null) {
    return check.wanted(link, false) ? { path: shownPath(link), reason: 'symlink' } : undefined
  }
  if (file.symlink) return skip({ reason: 'symlink' })
  const { excludeSecrets, maxFileBytes } = check.options
  if (excludeSecrets && isSecretPath(text)) return skip({ reason: 'secret' })
  const read = await readFileContent(path.join(check.root, text), maxFileBytes)
  if ('reason' in read) return skip(read)
  const secret = excludeSecrets ? secretInText(read.content) : undefined
  if (secret !== undefined) return skip({ reason: 'secret', detail: secret })
  return { path: text, ...read }
}

function isAlwaysExcluded(file: string): boolean {
  return file.split('/').some(segment => ALWAYS_EXCLUDED_FOLDERS.includes(segment))
}

function byPath(a: { path: string }, b: { path: string }): number {
  return comparePaths(a.path, b.path)
}
