/**
 * `npm run bench -- --defs`: does an identifier query find the code that defines it? The bench
 * corpus (npm) and the Python and Go corpus (Debian) are indexed in-process by the pipeline of
 * this source tree; each name of ./defs-names.ts is asked for in keyword and hybrid mode, ranked
 * once with the definitions search knows ("after") and once with none ("before": the ranking
 * without the definition rule), and the defining row's place is scored. A fixed set of
 * plain-language queries must give the same top 10 both ways.
 */
import { access, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { readVerifiedIndex } from '../src/artifact/verify.js'
import type { LoadedIndex } from '../src/artifact/format.js'
import { parseCommandLine } from '../src/cli/argv.js'
import { parseIndexCommand } from '../src/config/parse.js'
import { loadEmbedder } from '../src/embed/embedder.js'
import { pinModel, resolveModel } from '../src/embed/model-source.js'
import { buildIndex } from '../src/pipeline/build-index.js'
import { qualifiedNames, queryTerms } from '../src/serve/code-tokens.js'
import { Definitions } from '../src/serve/definitions.js'
import { KeywordIndex } from '../src/serve/keyword-index.js'
import { fusionDepth, rankHybrid, rankKeyword } from '../src/serve/ranking.js'
import type { Ranked } from '../src/serve/top-k.js'
import { VectorScorer } from '../src/serve/vector-search.js'
import { generateModel } from '../tools/fixture-model/generate.js'
import { CODE_CORPUS_ROOT, CODE_CORPUS_SOURCES } from './chunker-compare.js'
import { buildCorpus } from './corpus.js'
import { definitionCases } from './defs-names.js'
import { progress, REPO_ROOT } from './suite.js'

const DIR = path.join(REPO_ROOT, '.bench', 'defs')
/** Names per language group: enough for a share to the percent, few enough to run in minutes. */
const PER_GROUP = 150
const TOP = 10
const MAX_TOKENS = 256

/** Questions without identifiers: the definition rule must leave their ranking as it was. */
export const PLAIN_QUERIES: readonly string[] = [
  'match file paths against glob patterns',
  'compare two version strings',
  'retry the request when it fails',
  'send an http request through a proxy',
  'parse the headers of an email message',
  'read a line from a buffered reader',
  'log a message with a level',
  'run a child process and capture its output',
  'encode a value as json',
  'split a string on a separator',
  'read the environment variable of an input',
  'close the connection when the server shuts down'
]

const MODES = ['keyword', 'hybrid'] as const
type Mode = (typeof MODES)[number]

export interface DefsFigures {
  names: number
  /** Share of names whose defining row ranks first. */
  first: number
  /** Mean reciprocal rank of the defining row within the top 10 (0 when below). */
  mrr10: number
}

export interface DefsRow {
  group: string
  mode: Mode
  before: DefsFigures
  after: DefsFigures
}

export interface DefsReport {
  corpus: string
  rows: number
  model: string
  results: DefsRow[]
  plain: { queries: number; mode: Mode; sameTop10: number }[]
  seconds: number
}

async function exists(dir: string): Promise<boolean> {
  return access(dir).then(
    () => true,
    () => false
  )
}

async function indexCorpus(root: string, out: string, model: string): Promise<LoadedIndex> {
  const args = ['--root', root, '--out', out, '--store-text', '--max-tokens', String(MAX_TOKENS)]
  const raw = parseCommandLine('index', [...args, '--model-path', model, '--model', 'local/bench'])
  const sink = { write: () => true } as unknown as NodeJS.WritableStream
  const log = { info: () => {}, warning: (message: string) => progress(message) }
  await buildIndex(parseIndexCommand(raw.raw, root, {}), { log, progressStream: sink })
  return readVerifiedIndex(out)
}

function figures(ranks: readonly (number | undefined)[]): DefsFigures {
  const names = ranks.length
  const first = ranks.filter(rank => rank === 1).length / names
  const mrr10 = ranks.reduce<number>((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / names
  return { names, first, mrr10 }
}

export async function runDefsBench(): Promise<DefsReport> {
  const started = performance.now()
  const corpus = path.join(DIR, 'corpus')
  const model = path.join(DIR, 'model')
  progress('generating the tiny fixture model and the corpora (npm; Python and Go from Debian)')
  await generateModel({ preset: 'tiny', quantized: false, outDir: model })
  await rm(corpus, { recursive: true, force: true })
  await buildCorpus(path.join(REPO_ROOT, 'node_modules'), path.join(corpus, 'npm'))
  const sources = []
  for (const source of CODE_CORPUS_SOURCES) {
    if (await exists(path.join(CODE_CORPUS_ROOT, source.dir))) sources.push(source)
    else progress(`${path.join(CODE_CORPUS_ROOT, source.dir)} missing: left out`)
  }
  if (sources.length > 0) await buildCorpus(CODE_CORPUS_ROOT, path.join(corpus, 'debian'), sources)
  progress('indexing in-process (fp32, stored text)')
  await mkdir(DIR, { recursive: true })
  const index = await indexCorpus(corpus, path.join(DIR, 'index'), model)
  const { rows } = index
  const texts = rows.map(row => row.text)
  const keyword = KeywordIndex.build(texts)
  const definitions = Definitions.of(rows)
  const none = new Uint16Array(rows.length)
  const config = { id: 'local/bench', revision: 'main', dtype: 'fp32' as const, path: model }
  const quiet = { info: () => {}, warning: () => {} }
  const pinned = await pinModel({ ...config, hubUrl: 'http://127.0.0.1:9', cacheDir: DIR }, quiet)
  const embedder = await loadEmbedder(await resolveModel(pinned), 1)
  const scorer = new VectorScorer(index.vectors, index.manifest.model.dimension)
  const all = () => true

  /** The top 10 of a query in a mode, with the definition rule (after) and without (before). */
  const rank = async (text: string, mode: Mode): Promise<[Ranked[], Ranked[]]> => {
    const match = keyword.match(queryTerms(text))
    const defining = definitions.defining(qualifiedNames(text))
    if (mode === 'keyword') {
      return [rankKeyword(match, none, TOP, all), rankKeyword(match, defining, TOP, all)]
    }
    const semantic = await scorer.nearest(await embedder.embedBatch([text]), fusionDepth(TOP), all)
    return [
      rankHybrid(semantic, match, none, TOP, all),
      rankHybrid(semantic, match, defining, TOP, all)
    ]
  }

  const cases = definitionCases(rows, PER_GROUP)
  progress(`asking for ${cases.length} names, then ${PLAIN_QUERIES.length} plain queries`)
  const results: DefsRow[] = []
  try {
    for (const group of [...new Set(cases.map(c => c.group))]) {
      const asked = cases.filter(c => c.group === group)
      for (const mode of MODES) {
        const before: (number | undefined)[] = []
        const after: (number | undefined)[] = []
        for (const { name, row } of asked) {
          const place = (ranked: Ranked[]) => {
            const at = ranked.findIndex(hit => hit.row === row)
            return at < 0 ? undefined : at + 1
          }
          const [old, now] = await rank(name, mode)
          before.push(place(old))
          after.push(place(now))
        }
        results.push({ group, mode, before: figures(before), after: figures(after) })
      }
    }
    const plain = []
    for (const mode of MODES) {
      let sameTop10 = 0
      for (const query of PLAIN_QUERIES) {
        const [old, now] = await rank(query, mode)
        const same = (a: Ranked[], b: Ranked[]) =>
          a.map(h => h.row).join() === b.map(h => h.row).join()
        if (same(old, now)) sameTop10++
      }
      plain.push({ queries: PLAIN_QUERIES.length, mode, sameTop10 })
    }
    return {
      corpus: `npm bench corpus + ${sources.map(s => s.dir).join(', ')} under ${CODE_CORPUS_ROOT}`,
      rows: rows.length,
      model:
        "tools/fixture-model preset tiny (seeded random weights: hybrid's semantic side is noise)",
      results,
      plain,
      seconds: (performance.now() - started) / 1000
    }
  } finally {
    await embedder.dispose()
  }
}

const percent = (share: number) => `${(100 * share).toFixed(1)}%`

export function renderDefsReport(report: DefsReport): string {
  const out = [
    `definitions: ${report.corpus}; ${report.rows} rows, max ${MAX_TOKENS} tokens; ${report.model}`,
    '  group         mode     names  first before  first after  MRR@10 before  MRR@10 after'
  ]
  for (const { group, mode, before, after } of report.results) {
    out.push(
      `  ${group.padEnd(12)}  ${mode.padEnd(7)}  ${String(after.names).padStart(5)}  ` +
        `${percent(before.first).padStart(12)}  ${percent(after.first).padStart(11)}  ` +
        `${before.mrr10.toFixed(3).padStart(13)}  ${after.mrr10.toFixed(3).padStart(12)}`
    )
  }
  for (const { mode, queries, sameTop10 } of report.plain) {
    out.push(`  plain-language queries, ${mode}: ${sameTop10} of ${queries} top-10 lists unchanged`)
  }
  out.push(`  ${report.seconds.toFixed(0)} s in all`)
  return out.join('\n')
}
