/**
 * BM25 over chunk texts, tokenised by ./code-tokens.ts. The postings live in flat typed arrays
 * (term → rows, with counts; a few bytes per distinct term of a row), built in one pass over the
 * texts, where a general search library took over a minute and a gigabyte for 100,000 chunks (see
 * the README's "Query the index").
 */
import { forEachRun, runTokens, type QueryTerms } from './code-tokens.js'

// The usual BM25 constants: term-frequency saturation and length normalisation.
const K1 = 1.2
const B = 0.75
const MAX_COUNT = 0xffff
const RUN_MEMO = 1 << 18

/** A growable Uint32Array. */
class Uint32List {
  data: Uint32Array
  length = 0

  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(1024, capacity))
  }

  push(value: number): void {
    if (this.length === this.data.length) this.data = grow(this.data)
    this.data[this.length++] = value
  }
}

function grow(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2)
  grown.set(array)
  return grown
}

/** The postings in term order (offsets, rows, counts) from pairs listed row by row. */
function groupByTerm(
  termCount: number,
  pairTerms: Uint32List,
  pairCounts: Uint32List,
  pairsOfRow: Uint32Array
): [Uint32Array, Uint32Array, Uint16Array] {
  const offsets = new Uint32Array(termCount + 1)
  for (let p = 0; p < pairTerms.length; p++) offsets[pairTerms.data[p] + 1]++
  for (let t = 0; t < termCount; t++) offsets[t + 1] += offsets[t]
  const next = offsets.slice(0, termCount)
  const rows = new Uint32Array(pairTerms.length)
  const counts = new Uint16Array(pairTerms.length)
  for (let row = 0; row + 1 < pairsOfRow.length; row++) {
    for (let p = pairsOfRow[row]; p < pairsOfRow[row + 1]; p++) {
      const slot = next[pairTerms.data[p]]++
      rows[slot] = row
      counts[slot] = Math.min(pairCounts.data[p], MAX_COUNT)
    }
  }
  return [offsets, rows, counts]
}

interface Bm25Scores {
  /** Rows that hold at least one of the terms, in the order they were first met. */
  rows: number[]
  /** BM25 score by row; 0 for rows not in `rows`. */
  score: Float64Array<ArrayBuffer>
}

/** What keyword search found for a query, in arrays that can cross to another thread as they are. */
export interface KeywordMatch {
  /** Rows that hold at least one of the query's terms. */
  rows: Uint32Array<ArrayBuffer>
  /** BM25 score by row; 0 for rows not in `rows`. */
  bm25: Float64Array<ArrayBuffer>
  /** By row: how many of the query's identifiers it holds whole. */
  identifiers: Uint16Array<ArrayBuffer>
}

export class KeywordIndex {
  private constructor(
    private readonly terms: Map<string, number>,
    /** Postings of term t: entries offsets[t] .. offsets[t + 1] - 1, rows ascending. */
    private readonly offsets: Uint32Array,
    private readonly postingRows: Uint32Array,
    private readonly postingCounts: Uint16Array,
    private readonly rowLengths: Uint32Array,
    private readonly averageLength: number,
    /** Rows that had text to index. */
    readonly documents: number
  ) {}

  /** Indexes the texts by row; an undefined text is a row keyword search cannot find. */
  static build(texts: readonly (string | undefined)[]): KeywordIndex {
    const terms = new Map<string, number>()
    const rowLengths = new Uint32Array(texts.length)
    // (term, count) pairs, row by row, then regrouped by term.
    // About one distinct term per 10 characters of code: room for most texts without regrowing.
    let characters = 0
    for (const text of texts) characters += text?.length ?? 0
    const pairTerms = new Uint32List(characters / 8)
    const pairCounts = new Uint32List(characters / 8)
    const pairsOfRow = new Uint32Array(texts.length + 1)
    // Per term: the last row it was seen in (+ 1) and its pair there, to count without sorting.
    let seenInRow: Uint32Array = new Uint32Array(1024)
    let pairOfTerm: Uint32Array = new Uint32Array(1024)
    let row = 0
    const count = (id: number) => {
      rowLengths[row]++
      if (seenInRow[id] === row + 1) {
        pairCounts.data[pairOfTerm[id]]++
      } else {
        seenInRow[id] = row + 1
        pairOfTerm[id] = pairTerms.length
        pairTerms.push(id)
        pairCounts.push(1)
      }
    }
    const idOf = (token: string) => {
      let id = terms.get(token)
      if (id === undefined) {
        terms.set(token, (id = terms.size))
        if (id === seenInRow.length) [seenInRow, pairOfTerm] = [grow(seenInRow), grow(pairOfTerm)]
      }
      return id
    }
    // Code repeats its identifiers: each distinct run is split and looked up once (until the
    // memo is full, when it starts over, so that memory stays bounded).
    const runIds = new Map<string, number[]>()
    const countRun = (run: string) => {
      let ids = runIds.get(run)
      if (ids === undefined) {
        if (runIds.size === RUN_MEMO) runIds.clear()
        runIds.set(run, (ids = runTokens(run).map(idOf)))
      }
      for (const id of ids) count(id)
    }
    let documents = 0
    let totalLength = 0
    for (; row < texts.length; row++) {
      pairsOfRow[row] = pairTerms.length
      const text = texts[row]
      if (text === undefined) continue
      forEachRun(text, countRun)
      documents++
      totalLength += rowLengths[row]
    }
    pairsOfRow[texts.length] = pairTerms.length
    return new KeywordIndex(
      terms,
      ...groupByTerm(terms.size, pairTerms, pairCounts, pairsOfRow),
      rowLengths,
      documents > 0 ? totalLength / documents : 0,
      documents
    )
  }

  /** The rows whose text holds the token (as ./code-tokens.ts makes tokens), ascending. */
  rowsHolding(token: string): Uint32Array {
    const id = this.terms.get(token)
    if (id === undefined) return new Uint32Array(0)
    return this.postingRows.subarray(this.offsets[id], this.offsets[id + 1])
  }

  /** BM25 (k1 1.2, b 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5))) of distinct terms. */
  bm25(terms: readonly string[]): Bm25Scores {
    const score = new Float64Array(this.rowLengths.length)
    const rows: number[] = []
    for (const term of new Set(terms)) {
      const id = this.terms.get(term)
      if (id === undefined) continue
      const [from, to] = [this.offsets[id], this.offsets[id + 1]]
      const df = to - from
      const idf = Math.log(1 + (this.documents - df + 0.5) / (df + 0.5))
      for (let p = from; p < to; p++) {
        const row = this.postingRows[p]
        const tf = this.postingCounts[p]
        const norm = K1 * (1 - B + (B * this.rowLengths[row]) / this.averageLength)
        if (score[row] === 0) rows.push(row)
        score[row] += (idf * tf * (K1 + 1)) / (tf + norm)
      }
    }
    return { rows, score }
  }

  /** BM25 of the query's terms, and per row the query's identifiers it holds whole. */
  match(query: QueryTerms): KeywordMatch {
    const { rows, score } = this.bm25(query.terms)
    const identifiers = new Uint16Array(this.rowLengths.length)
    for (const identifier of new Set(query.identifiers)) {
      for (const row of this.rowsHolding(identifier)) identifiers[row]++
    }
    return { rows: Uint32Array.from(rows), bm25: score, identifiers }
  }
}
