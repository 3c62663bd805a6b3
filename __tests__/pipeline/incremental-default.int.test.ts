import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useTinyWorkspace } from '../helpers/workspace.js'
import { writeTree } from '../helpers/files.js'
import { recordingLog } from '../helpers/recording-log.js'
import { indexWithFlags } from '../helpers/run-index.js'

const INDEX_FILES = ['manifest.json', 'chunks.jsonl', 'vectors.npy']

async function indexBytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of INDEX_FILES) out[file] = (await readFile(join(dir, file))).toString('base64')
  return out
}

const space = useTinyWorkspace('ei-incremental-')
let repo: string

beforeAll(async () => {
  repo = join(space.work, 'repo')
  await writeTree(repo, {
    'a.ts': 'export function alpha(): number {\n  return 1\n}\n',
    'b.ts': 'export function beta(): string {\n  return "two"\n}\n',
    'notes.md': '# Notes\n\nSome words about the project.\n'
  })
})

function index(out: string, extra: string[] = [], log = recordingLog()) {
  return indexWithFlags(
    ['--root', repo, '--out', out, '--workers', '1', ...space.modelFlags, ...extra],
    process.cwd(),
    log
  )
}

test('a second index into the same folder reuses it: 0 chunks embedded, the same bytes', async () => {
  const out = join(space.work, 'twice')
  const first = await index(out)
  expect(first.stats.chunks_embedded).toBeGreaterThan(0)
  const before = await indexBytes(out)

  const log = recordingLog()
  const second = await index(out, [], log)
  expect(second.stats.chunks_embedded).toBe(0)
  expect(second.priorUsed).toBe(true)
  expect(log.infos).toContain(`reusing the index in ${out} as prior: 3 files`)
  expect(await indexBytes(out)).toEqual(before)
})

test('after an edit only the edited chunks are embedded, and the bytes are a full rebuild’s', async () => {
  const out = join(space.work, 'edited')
  await index(out)
  await writeFile(join(repo, 'b.ts'), 'export function beta(): string {\n  return "three"\n}\n')
  const { stats } = await index(out)
  expect(stats.files_embedded).toBe(1)
  expect(stats.chunks_embedded).toBe(1)

  const fresh = join(space.work, 'edited-fresh')
  await index(fresh)
  expect(await indexBytes(out)).toEqual(await indexBytes(fresh))
})

test('--reindex full embeds every chunk although the folder holds an index', async () => {
  const out = join(space.work, 'full')
  const first = await index(out)
  const { stats, priorUsed } = await index(out, ['--reindex', 'full'])
  expect(priorUsed).toBe(false)
  expect(stats.chunks_embedded).toBe(first.stats.chunks_total)
})

test('an index made with other settings is rebuilt in full, naming why', async () => {
  const out = join(space.work, 'other-settings')
  await index(out, ['--max-tokens', '64'])
  const log = recordingLog()
  const { stats, priorUsed } = await index(out, [], log)
  expect(priorUsed).toBe(false)
  expect(stats.chunks_embedded).toBe(stats.chunks_total)
  expect(log.infos).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^the index in .*other-settings is not reused \\(.*chunking\\.max_tokens.*\\); rebuilding it in full$`
      )
    )
  )
  expect(log.warnings).toEqual([])
})
