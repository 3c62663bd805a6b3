/**
 * Index files come from caches and other jobs' artifacts, so readers open
 * regular files only — no following links, no blocking on FIFOs — and never quote what a file
 * holds in an error.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CHUNKS_FILE, MANIFEST_FILE } from '../../src/artifact/format.js'
import { loadPriorIndex } from '../../src/artifact/prior.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import { removeTempDirs, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const TOKEN = 'ghp_' + 'A1b2C3d4E5'.repeat(4)
const index = syntheticIndex({ seed: 71, files: 5 })

/** A folder holding the index, with `name` replaced by what `replace` puts there. */
async function indexWith(name: string, replace: (path: string) => Promise<void>): Promise<string> {
  const dir = await tempDir()
  await writeIndex(dir, index)
  await rm(join(dir, name))
  await replace(join(dir, name))
  return dir
}

async function tokenFile(): Promise<string> {
  const file = join(await tempDir(), 'git-credentials')
  await writeFile(file, `https://x-access-token:${TOKEN}@github.com\n`)
  return file
}

const cases: [string, string, (path: string) => Promise<void>, RegExp][] = [
  [
    'a FIFO manifest.json (a reader would block forever)',
    MANIFEST_FILE,
    async path => {
      execFileSync('mkfifo', [path])
    },
    /manifest\.json: is not a regular file/
  ],
  [
    'a manifest.json linked to a token file',
    MANIFEST_FILE,
    async path => symlink(await tokenFile(), path),
    /manifest\.json: is a symbolic link; index files must be regular files/
  ],
  [
    'a chunks.jsonl linked to a token file',
    CHUNKS_FILE,
    async path => symlink(await tokenFile(), path),
    /chunks\.jsonl: is a symbolic link/
  ],
  [
    'a manifest.json that is a folder',
    MANIFEST_FILE,
    path => mkdir(path),
    /manifest\.json: is not a regular file/
  ],
  [
    'a manifest.json holding a token instead of JSON',
    MANIFEST_FILE,
    path => writeFile(path, `${TOKEN}\n`),
    /manifest\.json: not valid JSON$/
  ]
]

it.each(cases)(
  'verify refuses %s at once, without quoting it',
  async (_, name, replace, reason) => {
    const dir = await indexWith(name, replace)
    const result = await verifyIndex(dir)
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.reason
    expect(message).toMatch(reason)
    expect(message).not.toContain(TOKEN.slice(0, 8))
  }
)

it.each(cases)(
  'a prior index with %s is not used, with a reason, at once',
  async (_, name, replace, reason) => {
    const dir = await indexWith(name, replace)
    const result = await loadPriorIndex(dir, {
      settings: {
        model: index.manifest.model,
        recipe: index.manifest.recipe,
        chunking: index.manifest.chunking
      },
      storeText: false
    })
    expect(result.prior).toBeNull()
    expect(result.prior === null && result.reason).toMatch(reason)
    expect(result.prior === null && result.reason).not.toContain(TOKEN.slice(0, 8))
  }
)
