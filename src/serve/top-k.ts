/** A row of the index with a score, as every search ranks them. */
export interface Ranked {
  row: number
  score: number
}

/** Higher score first; equal scores in row order, so that rankings are deterministic. */
function beats(row: number, score: number, other: Ranked): boolean {
  return score > other.score || (score === other.score && row < other.row)
}

/** Keeps the k best of the rows offered to it, best first. */
export class TopK {
  readonly hits: Ranked[] = []

  constructor(private readonly k: number) {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be an integer >= 0, got ${k}`)
  }

  offer(row: number, score: number): void {
    const { hits, k } = this
    // Most offers lose to the last hit kept: they are turned away before anything is allocated.
    if (hits.length === k && (k === 0 || !beats(row, score, hits[k - 1]))) return
    const hit = { row, score }
    let low = 0
    let high = hits.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (beats(hits[mid].row, hits[mid].score, hit)) low = mid + 1
      else high = mid
    }
    hits.splice(low, 0, hit)
    if (hits.length > k) hits.pop()
  }
}
