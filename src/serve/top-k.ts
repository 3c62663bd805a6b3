/** A row of the index with a score, as every search ranks them. */
export interface Ranked {
  row: number
  score: number
}

/** Higher score first; equal scores in row order, so that rankings are deterministic. */
function before(a: Ranked, b: Ranked): boolean {
  return a.score > b.score || (a.score === b.score && a.row < b.row)
}

/** Keeps the k best of the rows offered to it, best first. */
export class TopK {
  readonly hits: Ranked[] = []

  constructor(private readonly k: number) {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer >= 0, got ${k}`)
  }

  offer(row: number, score: number): void {
    const hit = { row, score }
    const { hits, k } = this
    if (hits.length === k && (k === 0 || !before(hit, hits[k - 1]))) return
    let low = 0
    let high = hits.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (before(hits[mid], hit)) low = mid + 1
      else high = mid
    }
    hits.splice(low, 0, hit)
    if (hits.length > k) hits.pop()
  }
}
