/**
 * Seeded fuzz of a manifest's string fields with what a hostile index's author would put there
 * (control characters, escape sequences, bidirectional marks, `..`, `?`, `#`, very long values):
 * reading refuses with an IndexError or accepts, never throws anything else; what verify would
 * print holds nothing a terminal would act on; nothing is written; and a model name that is
 * accepted names a folder inside the cache folder and adds nothing to a download URL.
 */
import { readdir } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { rowsDiffer } from '../../src/artifact/compat.js'
import { IndexError } from '../../src/artifact/errors.js'
import type { Manifest } from '../../src/artifact/format.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import { modelCacheDir } from '../../src/embed/model-source.js'
import { printable } from '../../src/util/printable.js'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { editManifest, removeTempDirs, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const PIECES = [
  '..',
  '../',
  '?',
  '#',
  '/',
  '%2e%2e',
  '\u001b[2J',
  '\u001b]8;;http://x\u0007',
  '\u009b31m',
  '\n',
  '\r',
  '\u0000',
  '\u007f',
  '\u202e',
  '\u2028',
  'main',
  'Xenova',
  'a'.repeat(300),
  'é',
  '𝒳'
]

const FIELDS: [string, (manifest: Manifest, value: string) => void][] = [
  ['format', (m, v) => ((m as { format: string }).format = v)],
  ['tool.version', (m, v) => (m.tool.version = v)],
  ['model.id', (m, v) => (m.model.id = v)],
  ['model.revision', (m, v) => (m.model.revision = v)],
  ['model.sha256', (m, v) => (m.model.sha256 = v)],
  ['recipe', (m, v) => (m.recipe = v)],
  ['chunking.chunker', (m, v) => (m.chunking.chunker = v)],
  ['files[0].path', (m, v) => (m.files[0].path = v)],
  ['skipped[0].reason', (m, v) => (m.skipped[0].reason = v)],
  ['an unknown key', (m, v) => ((m as unknown as Record<string, unknown>)[v] = 1)]
]

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort()
}

test('hostile manifest strings are refused or harmless, and never printed raw', async () => {
  const random = seededRandom(20)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const sandbox = await tempDir()
  const cacheDir = join(sandbox, 'cache')
  let refused = 0
  for (let i = 0; i < 200; i++) {
    const value = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(PIECES)).join('')
    const [field, set] = pick(FIELDS)
    const dir = join(sandbox, `index-${i}`)
    await writeIndex(dir, syntheticIndex({ seed: i, files: 3, skipped: 1 }))
    await editManifest(dir, manifest => set(manifest, value))
    const before = await listing(sandbox)

    const result = await verifyIndex(dir)
    const read = await readIndex(dir).then(
      index => index.manifest,
      (error: unknown) => error
    )

    const what = `${field} = ${JSON.stringify(value)}`
    expect([what, await listing(sandbox)]).toEqual([what, before])
    if (!result.ok) {
      refused++
      expect([what, read instanceof IndexError]).toEqual([what, true])
      expect([what, printable(result.reason)]).toEqual([what, result.reason])
      continue
    }
    const manifest = read as Manifest
    const folder = modelCacheDir({ ...manifest.model, hubUrl: '', cacheDir })
    expect([what, folder.startsWith(cacheDir + sep)]).toEqual([what, true])
    expect([what, /[?#%]/.test(manifest.model.id + manifest.model.revision)]).toEqual([what, false])
    // A prior of other settings is reported quoting the index's values: escaped too.
    const reason = rowsDiffer(
      { ...manifest, recipe: 'other/1', chunking: { chunker: 'other/1', max_tokens: 1 } },
      manifest
    )
    expect([what, reason !== null && printable(reason) === reason]).toEqual([what, true])
  }
  // Six of the ten fields are names checked in full: a run where few were refused tested little.
  expect(refused).toBeGreaterThan(100)
})
