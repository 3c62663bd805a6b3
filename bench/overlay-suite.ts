/**
 * `npm run bench -- --overlay N`: how soon `serve --root` searches an edit. The bench corpus is
 * copied to a scratch tree, a marker line is added to N of its files, and the tree is indexed
 * in-process by the pipeline of this source tree (fp32, no stored text, as CI's default). A search
 * session then follows the tree as `serve --root` does (the real recursive watcher); each of the
 * N edits replaces one file's marker line with a new unique identifier, and is timed from the
 * write until keyword search finds the new identifier in that file and no longer finds the old
 * one (polled every 5 ms). The model has seeded random weights: the times are real.
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
import { describeMachine, type Machine } from './machine.js'
import { percentile } from './serve-queries.js'
import { describeModel, paths, prepare, progress } from './suite.js'

/** Past this an edit counts as not seen: the bench fails rather than wait on. */
const EDIT_LIMIT_MS = 60_000
const POLL_MS = 5

export interface OverlayReport {
  machine: Machine
  model: string
  index: { files: number; chunks: number }
  edits: number
  /** Seconds from each write until search had the new text and not the old, in edit order. */
  seconds: number[]
  p50Seconds: number
  p95Seconds: number
  maxSeconds: number
  benchSeconds: number
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

export async function runOverlayBench(edits: number): Promise<OverlayReport> {
  const started = performance.now()
  const machine = describeMachine()
  await prepare()
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
      progress(`  edit ${k + 1}: ${seconds[k].toFixed(3)} s`)
    }
  } finally {
    await session.close()
    await embedders.dispose()
  }
  return {
    machine,
    model: describeModel(),
    index: { files: manifest.counts.files, chunks: manifest.counts.chunks },
    edits,
    seconds,
    p50Seconds: percentile(seconds, 50),
    p95Seconds: percentile(seconds, 95),
    maxSeconds: Math.max(...seconds),
    benchSeconds: (performance.now() - started) / 1000
  }
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

export function renderOverlayReport(report: OverlayReport): string {
  const s = (x: number) => `${x.toFixed(3)} s`
  return [
    `overlay: ${report.edits} one-line edits on ${report.index.files} files / ${report.index.chunks} chunks`,
    `  write → searched (new text found, old gone): p50 ${s(report.p50Seconds)}, p95 ${s(report.p95Seconds)}, max ${s(report.maxSeconds)}`,
    `  machine: ${report.machine.cpu}, ${report.machine.cores} cores; bench ${report.benchSeconds.toFixed(0)} s`
  ].join('\n')
}
