/**
 * People type identifiers. An identifier that appears in exactly one file must bring that file
 * first in keyword and hybrid search, with the random-weight fixture model, whose semantic
 * ranking is arbitrary: here plain reciprocal rank fusion would put a file that only mentions the
 * identifier's parts first (checked below), so the result depends on the fusion rule.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { queryTerms } from '../../src/serve/code-tokens.js'
import { KeywordIndex } from '../../src/serve/keyword-index.js'
import type { SearchSession } from '../../src/serve/session.js'
import { indexedSession, type OpenSession } from '../helpers/search-session.js'
import { seededRandom } from '../../tools/fixture-model/random.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'

const IDENTIFIER = 'mergeShardManifests'
const THE_ONE = 'src/shards.ts'
const PARTS = ['merge', 'shard', 'manifests', 'mergeShard', 'shard_manifests', 'manifests-merge']
const FILLER = ['the', 'index', 'list', 'each', 'then', 'read', 'write', 'folder', 'rows', 'check']

let opened: OpenSession | undefined
let session: SearchSession

beforeAll(async () => {
  const work = await tempDir()
  const repo = join(work, 'repo')
  await mkdir(join(repo, 'src'), { recursive: true })
  await writeFile(
    join(repo, THE_ONE),
    `import { readIndex } from './read'\n\nexport async function ${IDENTIFIER}(dirs: string[]) {\n  const all = await Promise.all(dirs.map(readIndex))\n  return all.flatMap(index => index.files)\n}\n`
  )
  const random = seededRandom(13)
  const pick = (words: string[]) => words[Math.floor(random() * words.length)]
  for (let file = 0; file < 30; file++) {
    const lines = Array.from({ length: 4 }, () =>
      Array.from({ length: 8 }, () => pick(random() < 0.4 ? PARTS : FILLER)).join(' ')
    )
    await writeFile(
      join(repo, `src/part-${String(file).padStart(2, '0')}.ts`),
      `// ${lines.join('\n// ')}\n`
    )
  }
  opened = await indexedSession(repo, work)
  session = opened.session
})

afterAll(async () => {
  await opened?.close()
  await removeTempDirs()
})

const first = async (mode: 'semantic' | 'keyword' | 'hybrid') =>
  (await session.search({ text: IDENTIFIER, top: 31, mode })).hits.map(hit => hit.path)

test('plain rank fusion would not rank the only file holding the identifier first', async () => {
  const semantic = await first('semantic')
  expect(semantic[0]).not.toBe(THE_ONE)
  // BM25 alone, without the whole-identifier rule, by file.
  const keyword = KeywordIndex.build(session.index.rows.map(row => row.text))
  const { rows, score } = keyword.bm25(queryTerms(IDENTIFIER).terms)
  const byBm25 = rows.sort((a, b) => score[b] - score[a]).map(row => session.index.rows[row].path)
  const plain = (path: string) =>
    1 / (61 + semantic.indexOf(path)) +
    (byBm25.includes(path) ? 1 / (61 + byBm25.indexOf(path)) : 0)
  const best = [...semantic].sort((a, b) => plain(b) - plain(a))[0]
  expect(best).not.toBe(THE_ONE)
})

test.each(['keyword', 'hybrid'] as const)('%s search ranks that file first', async mode => {
  expect((await first(mode))[0]).toBe(THE_ONE)
})
