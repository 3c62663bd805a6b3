/**
 * The bench corpus: real open-source code and docs that every `npm ci` of this repository
 * installs at versions the lockfile pins, copied out of node_modules into a folder of their own
 * (embed-index never indexes node_modules, and the copy keeps the tree stable).
 */
import fg from 'fast-glob'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface CorpusSource {
  /** Package folder under node_modules. */
  dir: string
  include: string[]
  exclude?: string[]
}

// About 220 files and 190k tokens: one fp32 pass takes about 15 s on two idle cores, so the
// default three runs (about five passes each) fit the bench's ten-minute budget with room for
// a busier machine.
export const CORPUS_SOURCES: readonly CorpusSource[] = [
  { dir: 'fast-glob', include: ['**/*.{js,ts,md}'] },
  { dir: '@actions/core', include: ['**/*.{js,ts,md}'] },
  { dir: '@actions/exec', include: ['**/*.{js,ts,md}'] },
  { dir: '@actions/glob', include: ['**/*.{js,ts,md}'] },
  { dir: '@actions/http-client', include: ['**/*.{js,ts,md}'] },
  { dir: '@actions/io', include: ['**/*.{js,ts,md}'] },
  { dir: 'semver', include: ['**/*.{js,ts,md}'] },
  // The ES2016-ES2024 parts of TypeScript's standard library declarations.
  { dir: 'typescript/lib', include: ['lib.es20{1[6-9],2[0-4]}.*.d.ts'], exclude: ['*.full.d.ts'] }
]

/** Copies the sources into `dest` (emptied first); returns the copied paths relative to it. */
export async function buildCorpus(
  nodeModules: string,
  dest: string,
  sources: readonly CorpusSource[] = CORPUS_SOURCES
): Promise<string[]> {
  await rm(dest, { recursive: true, force: true })
  const copied: string[] = []
  for (const source of sources) {
    const from = path.join(nodeModules, source.dir)
    const files = await fg(source.include, {
      cwd: from,
      ignore: ['**/node_modules/**', ...(source.exclude ?? [])]
    })
    if (files.length === 0) throw new Error(`corpus: nothing matches in ${from}; run npm ci`)
    for (const file of files.sort()) {
      const target = path.posix.join(source.dir, file)
      await mkdir(path.dirname(path.join(dest, target)), { recursive: true })
      await cp(path.join(from, file), path.join(dest, target))
      copied.push(target)
    }
  }
  return copied.sort()
}

/** `count` files spread evenly over the sorted list, so the pick is the same on every machine. */
export function pickEvenly(files: readonly string[], count: number): string[] {
  const sorted = [...files].sort()
  return Array.from(
    { length: count },
    (_, k) => sorted[Math.floor(((k + 0.5) * sorted.length) / count)]
  )
}

/** The text with one line inserted at its middle line, as a small edit inside a file looks. */
export function insertMiddleLine(text: string, line: string): string {
  const lines = text.split('\n')
  lines.splice(Math.floor(lines.length / 2), 0, line)
  return lines.join('\n')
}

/**
 * A copy of the corpus in `dest` with `fraction` of its files (at least one) edited in the
 * middle; returns the edited paths.
 */
export async function copyWithEdits(
  corpus: string,
  files: readonly string[],
  dest: string,
  fraction: number
): Promise<string[]> {
  await rm(dest, { recursive: true, force: true })
  await cp(corpus, dest, { recursive: true })
  const edited = pickEvenly(files, Math.max(1, Math.round(files.length * fraction)))
  for (const file of edited) {
    const target = path.join(dest, file)
    const text = await readFile(target, 'utf8')
    await writeFile(target, insertMiddleLine(text, 'edited by the embed-index bench'))
  }
  return edited
}
