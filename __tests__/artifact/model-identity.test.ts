/**
 * Which model made an index's vectors, as the one compatibility rule reads it: a manifest of
 * today's release keeps reading, a hub model is known by its commit, a local folder by the digest
 * of its files, and a manifest that says neither matches no model. Model names from a manifest are
 * held to the rule of the --model and --model-revision flags.
 */
import { rowsDiffer, vectorsDiffer, type IndexSettings } from '../../src/artifact/compat.js'
import { IndexError } from '../../src/artifact/errors.js'
import { parseManifest } from '../../src/artifact/shape.js'
import { isModelId, isRevision } from '../../src/embed/model-source.js'
import { runSettings } from '../../src/artifact/run-settings.js'

const COMMIT = 'a'.repeat(40)
const CHUNKING = { chunker: 'syntax-cdc/1+0123abcd', max_tokens: 256 }

/** manifest.json as embed-index 1.0 writes it, byte for byte, for a model with `commit`. */
function releasedManifest(commit: string | null): string {
  const manifest = {
    format: 'embed-index/2',
    tool: { name: 'embed-index', version: '1.0.0' },
    model: {
      id: 'Xenova/all-MiniLM-L6-v2',
      revision: 'main',
      commit,
      dtype: 'fp32',
      dimension: 384
    },
    recipe: 'mean-l2/1',
    chunking: CHUNKING,
    store_text: false,
    shard: null,
    commit: null,
    counts: { files: 0, chunks: 0, skipped: 0 },
    files: [],
    skipped: [],
    checksums: { 'chunks.jsonl': 'b'.repeat(64), 'vectors.npy': 'c'.repeat(64) }
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

const read = (text: string) => parseManifest(JSON.parse(text), 'manifest.json')

const hubRun = (commit: string): IndexSettings =>
  runSettings(CHUNKING, { id: 'Xenova/all-MiniLM-L6-v2', revision: 'main', commit, dtype: 'fp32' })
const folderRun = (sha256: string): IndexSettings =>
  runSettings(CHUNKING, {
    id: 'Xenova/all-MiniLM-L6-v2',
    revision: 'main',
    commit: null,
    sha256,
    dtype: 'fp32'
  })

test("today's release's manifest of a hub model reads back byte for byte and matches its commit", () => {
  const text = releasedManifest(COMMIT)
  const manifest = read(text)
  expect(JSON.stringify(manifest, null, 2) + '\n').toBe(text)
  const ours = { ...hubRun(COMMIT), recipe: manifest.recipe }
  expect(rowsDiffer(ours, manifest)).toBeNull()
  expect(
    rowsDiffer({ ...ours, model: { ...ours.model, commit: 'f'.repeat(40) } }, manifest)
  ).toMatch(/model files "a{40}", not "f{40}"/)
})

test("today's release's manifest of a local model folder matches no model, not even its twin", () => {
  const manifest = read(releasedManifest(null))
  const ours = { ...folderRun('d'.repeat(64)), recipe: manifest.recipe }
  expect(vectorsDiffer(ours, manifest)).toMatch(
    /model files "unknown files \(no commit, and no sha256: made by an older embed-index\)", not "sha256 d{64}"/
  )
  expect(rowsDiffer(manifest, read(releasedManifest(null)))).toMatch(/model files "unknown files/)
})

test('local model folders are told apart by the digest of their files, naming both', () => {
  expect(vectorsDiffer(folderRun('d'.repeat(64)), folderRun('d'.repeat(64)))).toBeNull()
  expect(vectorsDiffer(folderRun('d'.repeat(64)), folderRun('e'.repeat(64)))).toBe(
    'model files "sha256 e' + 'e'.repeat(63) + '", not "sha256 d' + 'd'.repeat(63) + '"'
  )
  expect(vectorsDiffer(hubRun(COMMIT), folderRun('d'.repeat(64)))).toMatch(
    /"sha256 d{64}", not "a{40}"/
  )
})

test('a model digest in a manifest must be a SHA-256', () => {
  const manifest = JSON.parse(releasedManifest(null))
  manifest.model = { ...manifest.model, sha256: 'not a digest' }
  expect(() => parseManifest(manifest, 'manifest.json')).toThrow(
    /model\.sha256 must be a lowercase hex SHA-256/
  )
})

const HOSTILE_NAMES: [string, string][] = [
  ['parent folder parts', '../../../../tmp/elsewhere'],
  ['a query string', 'Xenova/all-MiniLM-L6-v2?download=other'],
  ['a fragment', 'Xenova/all-MiniLM-L6-v2#x'],
  ['an escape sequence', 'Xenova/\u001b[2Jall-MiniLM'],
  ['a line break', 'Xenova/all\nMiniLM'],
  ['an over-long name', `Xenova/${'m'.repeat(300)}`]
]

test.each(HOSTILE_NAMES)(
  'a model id with %s is refused, naming the field, as the flag refuses it',
  (_, id) => {
    const manifest = JSON.parse(releasedManifest(COMMIT))
    manifest.model.id = id
    expect(isModelId(id)).toBe(false)
    expect(() => parseManifest(manifest, 'manifest.json')).toThrow(IndexError)
    expect(() => parseManifest(manifest, 'manifest.json')).toThrow(
      /^manifest\.json: model\.id is not a hub model id such as 'owner\/name'$/
    )
  }
)

test.each(HOSTILE_NAMES)(
  'a model revision with %s is refused, naming the field, as the flag refuses it',
  (_, revision) => {
    const manifest = JSON.parse(releasedManifest(COMMIT))
    manifest.model.revision = revision
    expect(isRevision(revision)).toBe(false)
    expect(() => parseManifest(manifest, 'manifest.json')).toThrow(
      /^manifest\.json: model\.revision is not a branch, tag or commit name$/
    )
  }
)
