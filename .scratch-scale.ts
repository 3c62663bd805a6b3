import { createHash } from 'node:crypto'
import { writeIndex } from './src/artifact/write.js'
import { readVerifiedIndex } from './src/artifact/verify.js'
import { FORMAT_VERSION, TOOL_NAME, type ChunkRow, type FileEntry } from './src/artifact/format.js'

const [mode, dir, nText] = process.argv.slice(2)
const n = Number(nText)
const dim = 384
if (mode === 'make') {
  const rows: ChunkRow[] = []
  const files: FileEntry[] = []
  const vectors = new Float32Array(n * dim)
  let seed = 1
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1
  for (let f = 0; rows.length < n; f++) {
    const path = `src/dir${String(Math.floor(f / 100)).padStart(5, '0')}/file${String(f).padStart(7, '0')}.ts`
    const count = Math.min(20, n - rows.length)
    files.push({ path, sha256: 'a'.repeat(64), bytes: 1, git_blob: 'b'.repeat(40), first_row: rows.length, rows: count })
    for (let i = 0; i < count; i++) {
      const text = `export function f${f}_${i}(x: number) {\n  return x * ${i} + readIndex(${f})\n}\n`.repeat(8)
      rows.push({ path, start_line: i * 24 + 1, end_line: i * 24 + 24, tokens: 200, sha256: createHash('sha256').update(text).digest('hex'), language: 'typescript', text })
    }
  }
  for (let r = 0; r < n; r++) {
    let s = 0
    for (let i = 0; i < dim; i++) { const v = rnd(); vectors[r * dim + i] = v; s += v * v }
    const norm = Math.sqrt(s)
    for (let i = 0; i < dim; i++) vectors[r * dim + i] /= norm
  }
  await writeIndex(dir, {
    manifest: { format: FORMAT_VERSION, tool: { name: TOOL_NAME, version: '1.0.0' }, model: { id: 'x/m', revision: 'main', commit: null, sha256: 'd'.repeat(64), dtype: 'fp32', dimension: dim }, recipe: 'mean-l2/1', chunking: { chunker: 'lines-cdc/1', max_tokens: 256 }, store_text: true, shard: null, commit: null, files, skipped: [] },
    rows, vectors
  })
} else {
  const t = performance.now()
  const index = await readVerifiedIndex(dir)
  const cpu = process.cpuUsage(); console.log(`cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s; read ${index.rows.length} rows in ${((performance.now() - t) / 1000).toFixed(2)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`)
}
