import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ScanOptions } from '../../src/scan/scan.js'

/** Temporary folders made by makeTree, removed by removeTrees. */
const made: string[] = []

/** A fresh folder holding the given files ('/'-separated paths), parent folders included. */
export async function makeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'embed-index-scan-'))
  made.push(root)
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  return root
}

export async function removeTrees(): Promise<void> {
  await Promise.all(made.splice(0).map(root => rm(root, { recursive: true, force: true })))
}

/** Options as a plain run uses them, every file included. */
export function optionsFor(root: string, overrides: Partial<ScanOptions> = {}): ScanOptions {
  return {
    root,
    include: ['**/*'],
    exclude: [],
    gitignore: true,
    maxFileBytes: 1024 * 1024,
    excludeSecrets: true,
    ownPaths: [],
    ...overrides
  }
}
