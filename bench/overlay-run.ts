/**
 * The measuring side of `npm run bench -- --overlay N` (./overlay-suite.ts), in a process of its
 * own: its keyword index runs in a worker thread, which loads src/keyword-worker.ts only under the
 * TypeScript loader the parent preloads through NODE_OPTIONS for this process alone (the other
 * benches time lib/cli.js, which must start without it). Arguments: the edit count and the file
 * to write the result to.
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readVerifiedIndex } from '../src/artifact/verify.js'
import { parseCommandLine } from '../src/cli/argv.js'
import { parseIndexCommand, parseTreeConfig } from '../src/config/parse.js'
import type { Log } from '../src/core/log.js'
import { buildIndex } from '../src/pipeline/build-index.js'
import { EmbedderPool } from '../src/serve/query-embedder.js'
import { SearchSession } from '../src/serve/session.js'
import { paths, progress } from './suite.js'

/** Past this an edit counts as not seen: the bench fails rather than wait on. */
const EDIT_LIMIT_MS = 60_000
const POLL_MS = 5

export interface OverlayRun {
  index: { files: number; chunks: number }
  /** Seconds from each write until search had the new text and not the old, in edit order. */
  seconds: number[]
  /** Edits whose new chunk semantic search, asked with that chunk's text, ranked first. */
  semanticFirst: number
}

const quietLog: Log = { info: () => {}, warning: message => progress(`warning: ${message}`) }

/** `count` files of the tree spread over it in path order (source and docs the scan takes). */
async function pickFiles(root: string, count: number): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const files = entries
    .filter(entry => entry.isFile() && /\.(js|ts|md)$/.test(entry.name))
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
  if (files.length < count)
    throw new Error(`the corpus has ${files.length} files, fewer than ${count}`)
  return Array.from({ length: count }, (_, k) => files[Math.floor((k * files.length) / count)])
}

const oldMark = (k: number) => `ovold${k}marker`
const newMark = (k: number) => `ovnew${k}marker`

async function measure(edits: number): Promise<OverlayRun> {
  const root = paths.out('overlay-tree')
  const index = paths.out('overlay-index')
  await rm(root, { recursive: true, force: true })
  await rm(index, { recursive: true, force: true })
  await cp(paths.corpus, root, { recursive: true })
  const files = await pickFiles(root, edits)
  for (const [k, file] of files.entries()) {
    const content = await readFile(path.join(root, file), 'utf8')
    await writeFile(path.join(root, file), `${content.replace(/\n?$/, '\n')}// ${oldMark(k)}\n`)
  }
  progress(`indexing the corpus (fp32, no stored text) with ${edits} marker lines`)
  const flags = [
    '--root',
    root,
    '--out',
    index,
    '--model-path',
    paths.model,
    '--cache-dir',
    paths.cache
  ]
  const config = parseIndexCommand(parseCommandLine('index', flags).raw)
  const { manifest } = await buildIndex(config, {
    log: quietLog,
    progressStream: { write: () => true } as unknown as NodeJS.WritableStream
  })

  const embedders = new EmbedderPool()
  const overlay = { scan: parseTreeConfig({}, 'serve', root).scan, writeBack: false }
  const session = await SearchSession.open(
    index,
    await readVerifiedIndex(index),
    { root, model: config.model, overlay },
    quietLog,
    embedders
  )
  const seconds: number[] = []
  let semanticFirst = 0
  try {
    await session.overlay!.watch()
    await session.model.settled()
    await until(() => settled(session))
    progress(`following the tree; ${edits} one-line edits`)
    for (const [k, file] of files.entries()) {
      const target = path.join(root, file)
      const content = (await readFile(target, 'utf8')).replace(oldMark(k), newMark(k))
      const written = performance.now()
      await writeFile(target, content)
      await until(async () => {
        const found = await searchPaths(session, newMark(k))
        return (
          found.includes(file.split(path.sep).join('/')) &&
          (await searchPaths(session, oldMark(k))).length === 0
        )
      })
      seconds.push((performance.now() - written) / 1000)
      if (await semanticFindsItsChunk(session, newMark(k))) semanticFirst++
      progress(`  edit ${k + 1}: ${seconds[k].toFixed(3)} s`)
    }
  } finally {
    await session.close()
    await embedders.dispose()
  }
  return {
    index: { files: manifest.counts.files, chunks: manifest.counts.chunks },
    seconds,
    semanticFirst
  }
}

/** Whether semantic search for the text of the chunk holding `mark` ranks that chunk first. */
async function semanticFindsItsChunk(session: SearchSession, mark: string): Promise<boolean> {
  const [edited] = (await session.search({ text: mark, top: 1, mode: 'keyword' })).hits
  const { text } = await session.chunk(edited.path, edited.start_line, edited.end_line)
  const [first] = (await session.search({ text, top: 1, mode: 'semantic' })).hits
  return (
    first?.path === edited.path &&
    first.start_line === edited.start_line &&
    first.source === 'overlay'
  )
}

function settled(session: SearchSession): boolean {
  const freshness = session.overlay!.freshness()
  return freshness.settled_at !== null && !freshness.pending
}

async function searchPaths(session: SearchSession, text: string): Promise<string[]> {
  const { hits } = await session.search({ text, top: 10, mode: 'keyword' })
  return hits.map(hit => hit.path)
}

/** Resolves once `condition` holds, polled every POLL_MS; throws after EDIT_LIMIT_MS. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + EDIT_LIMIT_MS
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`not seen within ${EDIT_LIMIT_MS} ms`)
    await new Promise(resolve => setTimeout(resolve, POLL_MS))
  }
}

const [edits, resultFile] = process.argv.slice(2)
await writeFile(resultFile, JSON.stringify(await measure(Number(edits))))
