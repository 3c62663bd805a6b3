/**
 * The pieces a long line was split into (src/chunk/split-line.ts), found again from the line and
 * the pieces' row hashes, without the tokenizer that cut them. The pieces are consecutive, they
 * concatenate to the line, and each row's sha256 is its piece's (the chunker's sha256Hex of the
 * text as UTF-8), so each piece ends at the first cut whose span has that hash. The spans are
 * hashed by a SHA-256 (FIPS 180-4) that extends one state over the line's bytes and finishes a
 * copy of it at each cut: a cut costs one or two blocks, so a line costs time linear in its length
 * (node:crypto's copy-and-digest costs microseconds per cut, seconds for a 1 MB line).
 */

/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = new Uint32Array(8)
/** The same of the cube roots of the first 64 primes. */
const ROUND = new Uint32Array(64)
{
  const primes: number[] = []
  for (let n = 2; primes.length < 64; n++) if (primes.every(p => n % p !== 0)) primes.push(n)
  const fraction = (x: number) => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0
  primes.forEach((p, i) => {
    if (i < 8) INITIAL[i] = fraction(Math.sqrt(p))
    ROUND[i] = fraction(Math.cbrt(p))
  })
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n))

/** Mixes the 64-byte block at `offset` of `bytes` into `state`. */
function compress(state: Uint32Array, bytes: Uint8Array, offset: number, w: Uint32Array): void {
  for (let i = 0; i < 16; i++) {
    const at = offset + 4 * i
    w[i] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]
    const b = w[i - 2]
    const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)
    const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0
  }
  let a = state[0]
  let b = state[1]
  let c = state[2]
  let d = state[3]
  let e = state[4]
  let f = state[5]
  let g = state[6]
  let h = state[7]
  for (let i = 0; i < 64; i++) {
    const t1 =
      (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + ROUND[i] + w[i]) | 0
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  state[0] += a
  state[1] += b
  state[2] += c
  state[3] += d
  state[4] += e
  state[5] += f
  state[6] += g
  state[7] += h
}

/** SHA-256 of bytes[from, to) for every `to` in turn, each from the last one's state. */
class SpanHasher {
  private readonly state = INITIAL.slice()
  private readonly final = new Uint32Array(8)
  private readonly w = new Uint32Array(64)
  private readonly tail = new Uint8Array(128)
  /** Where the bytes not yet mixed into `state` start (whole blocks after `from`). */
  private mixed: number

  constructor(
    private readonly bytes: Uint8Array,
    private readonly from: number
  ) {
    this.mixed = from
  }

  /** Whether bytes[from, to) hash to `digest`; `to` never decreases between calls. */
  hashesTo(to: number, digest: Uint32Array): boolean {
    const { bytes, w, tail, final } = this
    while (to - this.mixed >= 64) {
      compress(this.state, bytes, this.mixed, w)
      this.mixed += 64
    }
    const rest = to - this.mixed
    const blocks = rest < 56 ? 1 : 2
    const end = blocks * 64
    tail.set(bytes.subarray(this.mixed, to))
    tail[rest] = 0x80
    tail.fill(0, rest + 1, end - 5)
    const bits = (to - this.from) * 8
    tail[end - 5] = Math.floor(bits / 2 ** 32)
    tail[end - 4] = bits >>> 24
    tail[end - 3] = bits >>> 16
    tail[end - 2] = bits >>> 8
    tail[end - 1] = bits
    final.set(this.state)
    for (let block = 0; block < blocks; block++) compress(final, tail, 64 * block, w)
    for (let i = 0; i < 8; i++) if (final[i] !== digest[i]) return false
    return true
  }
}

/**
 * The text of each piece of `line` whose row hash is `hashes[i]`, in order; from the first piece
 * not found on (a hash that matches no span: an index that does not describe this line), none.
 */
export function linePieces(line: string, hashes: readonly string[]): (string | undefined)[] {
  const bytes = Buffer.from(line, 'utf8')
  const texts: (string | undefined)[] = new Array(hashes.length).fill(undefined)
  let from = 0
  for (let i = 0; i < hashes.length; i++) {
    const digest = new Uint32Array(8)
    for (let k = 0; k < 8; k++) digest[k] = parseInt(hashes[i].slice(8 * k, 8 * k + 8), 16)
    const hasher = new SpanHasher(bytes, from)
    let to = from
    let found = false
    while (!found && to < bytes.length) {
      to++
      // A cut never falls inside a character: skip UTF-8 continuation bytes.
      while (to < bytes.length && (bytes[to] & 0xc0) === 0x80) to++
      found = hasher.hashesTo(to, digest)
    }
    if (!found) break
    texts[i] = bytes.toString('utf8', from, to)
    from = to
  }
  return texts
}
