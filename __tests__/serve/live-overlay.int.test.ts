/**
 * The live overlay: a session with a working tree follows it through the real recursive watcher,
 * so that added, edited, deleted and renamed files are searched as they are now; ignored and
 * secret files stay out as `index` leaves them out; a search under way is answered from one whole
 * state; write-back leaves the bytes a fresh `index` run writes.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readVerifiedIndex } from '../../src/artifact/verify.js'
import { parseTreeConfig } from '../../src/config/parse.js'
import { EmbedderPool } from '../../src/serve/query-embedder.js'
import { SearchSession } from '../../src/serve/session.js'
import { removeTempDirs, tempDir } from '../artifact/synthetic.js'
import { writeTree } from '../helpers/files.js'
import { tinyModel } from '../helpers/search-session.js'
import { waitFor } from '../helpers/processes.js'
import { indexWithFlags, quiet } from '../helpers/run-index.js'

afterAll(removeTempDirs)

const TREE = {
  '.gitignore': 'build/\n',
  'src/alpha.ts': 'export function alphaRoutine(): number {\n  return 1 // zebraword\n}\n',
  'src/beta.ts': 'export function betaRoutine(): number {\n  return 2 // yakword\n}\n',
  'docs/guide.md': '# Guide\n\nThe gnuword guide.\n'
}

/** Overlay builds settle within this (a bound, not a wait: conditions are polled). */
const SETTLE_LIMIT_MS = 20_000

interface Opened {
  root: string
  index: string
  session: SearchSession
  close(): Promise<void>
}

/** Indexes TREE (without stored text), then opens a session that follows the tree. */
async function openFollowing(writeBack = false): Promise<Opened> {
  const work = await tempDir()
  const root = join(work, 'repo')
  await writeTree(root, TREE)
  const index = join(work, 'index')
  const { flags, config } = await tinyModel(work)
  await indexWithFlags(['--root', root, '--out', index, ...flags], work)
  const embedders = new EmbedderPool()
  const overlay = { scan: parseTreeConfig({}, 'serve', root).scan, writeBack }
  const session = await SearchSession.open(
    index,
    await readVerifiedIndex(index),
    { root, model: config, overlay },
    quiet,
    embedders
  )
  await session.overlay!.watch()
  return {
    root,
    index,
    session,
    close: async () => {
      await session.close()
      await embedders.dispose()
    }
  }
}

async function keywordPaths(session: SearchSession, text: string): Promise<string[]> {
  const { hits } = await session.search({ text, top: 10, mode: 'keyword' })
  return hits.map(hit => hit.path)
}

/** Polls keyword search until `check` holds of its paths. */
async function waitForSearch(
  session: SearchSession,
  text: string,
  check: (paths: string[]) => boolean
): Promise<void> {
  let paths: string[]
  const deadline = Date.now() + SETTLE_LIMIT_MS
  while (!check((paths = await keywordPaths(session, text)))) {
    if (Date.now() > deadline) {
      throw new Error(`search for ${text} still gives ${JSON.stringify(paths)}`)
    }
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

test('an added file is found, marked as from the overlay, with its snippet', async () => {
  const { root, session, close } = await openFollowing()
  try {
    await writeTree(root, { 'src/gamma.ts': 'export const gammaValue = 3 // quokkaword\n' })
    await waitForSearch(session, 'quokkaword', paths => paths.includes('src/gamma.ts'))
    const { hits } = await session.search({ text: 'quokkaword', top: 5, mode: 'keyword' })
    expect(hits[0]).toMatchObject({ path: 'src/gamma.ts', source: 'overlay' })
    expect(hits[0].snippet).toContain('quokkaword')
    expect(hits[0].stale).toBeUndefined()
    // Semantic search sees the new chunk too: it has a vector of its own.
    const semantic = await session.search({ text: 'gammaValue', top: 10, mode: 'semantic' })
    expect(semantic.hits.map(hit => hit.path)).toContain('src/gamma.ts')
    const unchanged = await session.search({ text: 'zebraword', top: 5, mode: 'keyword' })
    expect(unchanged.hits[0]).toMatchObject({ path: 'src/alpha.ts', source: 'index' })
    const freshness = session.overlay!.freshness()
    expect(freshness).toMatchObject({ watching: true, files_added: 1, files_changed: 0 })
    expect(freshness.settled_at).not.toBeNull()
  } finally {
    await close()
  }
}, 60_000)

test('an edit replaces the old text: the new word is found and the old one is gone', async () => {
  const { root, session, close } = await openFollowing()
  try {
    await writeFile(
      join(root, 'src/alpha.ts'),
      'export function alphaRoutine(): number {\n  return 1 // okapiword\n}\n'
    )
    await waitForSearch(session, 'okapiword', paths => paths.includes('src/alpha.ts'))
    expect(await keywordPaths(session, 'zebraword')).toEqual([])
    const { hits } = await session.search({ text: 'okapiword', top: 5, mode: 'keyword' })
    expect(hits[0]).toMatchObject({ source: 'overlay', start_line: 1 })
    expect(await session.chunk('src/alpha.ts', 2, 2)).toMatchObject({
      text: '  return 1 // okapiword'
    })
    expect(session.overlay!.freshness()).toMatchObject({ files_changed: 1, files_added: 0 })
  } finally {
    await close()
  }
}, 60_000)

test('deleted files disappear; renamed files and folders, and new folders, are followed', async () => {
  const { root, session, close } = await openFollowing()
  try {
    await rm(join(root, 'src/beta.ts'))
    await rename(join(root, 'docs/guide.md'), join(root, 'docs/manual.md'))
    await waitForSearch(session, 'gnuword', paths => paths.join() === 'docs/manual.md')
    expect(await keywordPaths(session, 'yakword')).toEqual([])
    const semantic = await session.search({ text: 'betaRoutine', top: 10, mode: 'semantic' })
    expect(semantic.hits.map(hit => hit.path)).not.toContain('src/beta.ts')
    expect(session.hasFile('src/beta.ts')).toBe(false)
    expect(session.overlay!.freshness()).toMatchObject({ files_added: 1, files_removed: 2 })
    // A renamed folder, and a file in a folder made since the watch began.
    await rename(join(root, 'docs'), join(root, 'handbook'))
    await waitForSearch(session, 'gnuword', paths => paths.join() === 'handbook/manual.md')
    await writeTree(root, { 'lib/deep/fresh.ts': 'export const fresh = "emuword"\n' })
    await waitForSearch(session, 'emuword', paths => paths.join() === 'lib/deep/fresh.ts')
    await writeFile(join(root, 'lib/deep/fresh.ts'), 'export const fresh = "ibisword"\n')
    await waitForSearch(session, 'ibisword', paths => paths.join() === 'lib/deep/fresh.ts')
    expect(await keywordPaths(session, 'emuword')).toEqual([])
  } finally {
    await close()
  }
}, 60_000)

test('ignored and secret files stay out, as index leaves them out; a .gitignore change counts', async () => {
  const { root, session, close } = await openFollowing()
  try {
    await writeTree(root, {
      'build/out.ts': 'export const built = "ignoredword"\n',
      'config/key.pem': '-----BEGIN PRIVATE KEY-----\nsecretword\n-----END PRIVATE KEY-----\n',
      'src/leak.ts':
        'export const key = `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAsecretword\n-----END RSA PRIVATE KEY-----`\n',
      // A file the overlay must take in: once it is found, the others were seen and left out.
      'src/marker.ts': 'export const marker = "markerword"\n'
    })
    await waitForSearch(session, 'markerword', paths => paths.includes('src/marker.ts'))
    expect(await keywordPaths(session, 'ignoredword')).toEqual([])
    expect(await keywordPaths(session, 'secretword')).toEqual([])
    await writeFile(join(root, '.gitignore'), '')
    await waitForSearch(session, 'ignoredword', paths => paths.includes('build/out.ts'))
    expect(await keywordPaths(session, 'secretword')).toEqual([])
  } finally {
    await close()
  }
}, 60_000)

test('searches running while the overlay swaps states each see one whole state', async () => {
  const { root, session, close } = await openFollowing()
  try {
    // Each version of the file holds one word, numbered: a search finds exactly one version's
    // word in each of the file's chunks, never a mix of two states' rows and texts.
    let searching = true
    const seen: string[][] = []
    const searches = (async () => {
      while (searching) {
        const { hits } = await session.search({ text: 'versionword', top: 10, mode: 'keyword' })
        seen.push(hits.map(hit => `${hit.path}:${hit.snippet ?? ''}`))
      }
    })()
    for (let version = 1; version <= 5; version++) {
      await writeFile(
        join(root, 'src/versioned.ts'),
        `export const v${version} = "versionword ${version}"\n`
      )
      await waitForSearch(session, `v${version}`, paths => paths.includes('src/versioned.ts'))
    }
    searching = false
    await searches
    expect(seen.length).toBeGreaterThan(5)
    for (const hits of seen) {
      expect(hits.length).toBeLessThanOrEqual(1)
      for (const hit of hits)
        expect(hit).toMatch(/^src\/versioned\.ts:export const v(\d) = "versionword \1"$/)
    }
  } finally {
    await close()
  }
}, 90_000)

test('write-back leaves the folder holding the bytes a fresh index run writes', async () => {
  const { root, index, session, close } = await openFollowing(true)
  try {
    await writeTree(root, { 'src/gamma.ts': 'export const gammaValue = 3 // quokkaword\n' })
    await rm(join(root, 'src/beta.ts'))
    await waitForSearch(session, 'quokkaword', paths => paths.includes('src/gamma.ts'))
    await waitFor(() => !session.overlay!.freshness().pending, SETTLE_LIMIT_MS)
    // Written back: the index on disk is the tree's, so the hits are the index's.
    const { hits } = await session.search({ text: 'quokkaword', top: 5, mode: 'keyword' })
    expect(hits[0].source).toBe('index')
    const fresh = join(root, '..', 'fresh')
    const { flags } = await tinyModel(join(root, '..'))
    await indexWithFlags(['--root', root, '--out', fresh, ...flags], root)
    for (const file of ['chunks.jsonl', 'vectors.npy', 'manifest.json']) {
      expect((await readFile(join(index, file))).equals(await readFile(join(fresh, file)))).toBe(
        true
      )
    }
  } finally {
    await close()
  }
}, 90_000)

test('without the model the tree cannot be taken in: the index is searched as built and the problem is reported', async () => {
  const work = await tempDir()
  const root = join(work, 'repo')
  await writeTree(root, TREE)
  const index = join(work, 'index')
  const { flags, config } = await tinyModel(work)
  await indexWithFlags(['--root', root, '--out', index, ...flags], work)
  await writeFile(
    join(root, 'src/alpha.ts'),
    'export function alphaRoutine(): number {\n  return 1 // okapiword\n}\n'
  )
  const warnings: string[] = []
  const log = { info: () => {}, warning: (message: string) => warnings.push(message) }
  const embedders = new EmbedderPool()
  const session = await SearchSession.open(
    index,
    await readVerifiedIndex(index),
    {
      root,
      model: { ...config, path: join(work, 'no-model') },
      overlay: { scan: parseTreeConfig({}, 'query', root).scan, writeBack: false }
    },
    log,
    embedders
  )
  try {
    await session.overlay!.refresh()
    expect(session.overlay!.freshness()).toMatchObject({
      settled_at: null,
      files_changed: 0,
      problem: expect.stringContaining('no-model')
    })
    expect(warnings.join('\n')).toMatch(/the working tree's changes could not be taken in/)
    // The index as built: the edited file is stale and left out of keyword search.
    expect(await keywordPaths(session, 'okapiword')).toEqual([])
    expect(await keywordPaths(session, 'yakword')).toEqual(['src/beta.ts'])
  } finally {
    await session.close()
    await embedders.dispose()
  }
}, 60_000)
