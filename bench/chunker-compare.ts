/**
 * The syntax chunker against the line rule: the structural figures of ./chunking.ts on the bench
 * corpus and on a corpus of Python and Go, and the targets the comparison must meet.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { loadTokenizer } from '../src/embed/transformers-runtime.js'
import { measureChunking, type CorpusChunking } from './chunking.js'
import { buildCorpus, type CorpusSource } from './corpus.js'
import { medianRatio, type RowResult } from './summary.js'
import type { Target } from './targets.js'

/** The cold fp32 row with the line rule (--chunker lines), beside 'cold-fp32'. */
export const LINES_ROW = 'cold-fp32-lines'

/**
 * The second corpus: Python and Go as Debian installs them under /usr: Python's standard library
 * (libpython3.11-stdlib, which python3 brings) and Go's (`apt-get install golang-1.19-src`).
 */
export const CODE_CORPUS_ROOT = '/usr'
export const CODE_CORPUS_SOURCES: readonly CorpusSource[] = [
  { dir: 'lib/python3.11', include: ['{json,email,http,logging,asyncio}/*.py'] },
  {
    dir: 'share/go-1.19/src',
    include: ['{net/http,encoding/json,bufio,strings}/*.go'],
    exclude: ['**/*_test.go']
  }
]

const MAX_TOKENS = 256
const EDITS = 500
const SEED = 1

export type ChunkingResult = CorpusChunking | { corpus: string; skipped: string }

/** The figures on the bench corpus (already built) and on the code corpus (built here). */
export async function compareChunkers(
  modelDir: string,
  corpus: { dir: string; files: string[] },
  codeCorpusDir: string
): Promise<ChunkingResult[]> {
  const tokenizer = await loadTokenizer(modelDir)
  const options = {
    maxTokens: MAX_TOKENS,
    countTokens: (text: string) => tokenizer.encode(text).length,
    edits: EDITS,
    seed: SEED
  }
  const results: ChunkingResult[] = [
    await measureChunking('bench corpus', corpus.dir, corpus.files, options)
  ]
  const name = 'Python and Go (Debian)'
  const missing = []
  for (const source of CODE_CORPUS_SOURCES) {
    const dir = path.join(CODE_CORPUS_ROOT, source.dir)
    if (
      !(await access(dir).then(
        () => true,
        () => false
      ))
    )
      missing.push(dir)
  }
  if (missing.length > 0) {
    results.push({
      corpus: name,
      skipped: `${missing.join(', ')} missing: apt-get install python3 golang-1.19-src`
    })
  } else {
    const files = await buildCorpus(CODE_CORPUS_ROOT, codeCorpusDir, CODE_CORPUS_SOURCES)
    results.push(await measureChunking(name, codeCorpusDir, files, options))
  }
  return results
}

/** Parsing must not eat the speed, nor the syntax cost edit stability. */
export function chunkerTargets(
  rows: ReadonlyMap<string, RowResult>,
  chunking: readonly ChunkingResult[]
): Target[] {
  const [cold, lines] = ['cold-fp32', LINES_ROW].map(key => rows.get(key))
  if (!cold || !lines) throw new Error('internal: no cold fp32 rows for both chunkers')
  const speed = medianRatio(cold.samples, lines.samples, f => f.filesPerSecond)
  const targets: Target[] = [
    {
      label: 'cold fp32 files/s, syntax chunker >= 0.9 × line chunker',
      value: speed,
      shown: `${speed.toFixed(2)} × line chunker`,
      goal: 0.9,
      atLeast: true,
      pass: speed >= 0.9
    }
  ]
  for (const result of chunking) {
    if ('skipped' in result) continue
    const { atMostTwo, edits } = result.stability.syntax
    targets.push({
      label: `${result.corpus}: a one-line edit in a function re-embeds <= 2 chunks in >= 95% of edits`,
      value: atMostTwo,
      shown: `${(100 * atMostTwo).toFixed(1)}% of ${edits} edits (line chunker: ${(100 * result.stability.lines.atMostTwo).toFixed(1)}%)`,
      goal: 0.95,
      atLeast: true,
      pass: atMostTwo >= 0.95
    })
  }
  return targets
}

const percent = (share: number): string => `${(100 * share).toFixed(1)}%`

/** The comparison as a table per corpus. */
export function renderChunking(chunking: readonly ChunkingResult[]): string[] {
  const out = [
    '',
    `chunking, syntax vs line chunker (max ${MAX_TOKENS} tokens, BERT WordPiece; ${EDITS} seeded one-line edits inside function bodies):`
  ]
  for (const result of chunking) {
    if ('skipped' in result) {
      out.push(`  ${result.corpus}: skipped (${result.skipped})`)
      continue
    }
    const by = Object.entries(result.filesByChunker)
      .map(([chunker, files]) => `${chunker} ${files}`)
      .join(', ')
    out.push(`  ${result.corpus}: ${result.files} files (${by})`)
    out.push(
      '    chunker  chunks/file  mean fill  at a declaration  edits re-embedding <= 2  mean  max'
    )
    for (const chunker of ['syntax', 'lines'] as const) {
      const f = result.figures[chunker]
      const s = result.stability[chunker]
      out.push(
        `    ${chunker.padEnd(7)}  ${f.chunksPerFile.toFixed(2).padStart(11)}  ${percent(f.meanFill).padStart(9)}  ` +
          `${percent(f.atDeclaration).padStart(16)}  ${percent(s.atMostTwo).padStart(23)}  ` +
          `${s.meanReembedded.toFixed(2).padStart(4)}  ${String(s.maxReembedded).padStart(3)}`
      )
    }
  }
  out.push(
    '  at a declaration: share of chunks of parsed files whose first line is a declaration start or its leading comment',
    '  (Markdown: a heading); these figures do not depend on the machine.'
  )
  return out
}
