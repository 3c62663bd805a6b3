import { seededRandom } from '../helpers/random.js'
import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { MANIFEST_FILE } from '../../src/artifact/format.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { writeIndex } from '../../src/artifact/write.js'
import { removeTempDirs, syntheticIndex, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const root = fileURLToPath(new URL('../..', import.meta.url))
const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url))

/** Row counts of the two indexes the writer alternates between. */
type WriterRows = number[]

/**
 * Starts the writer, lets it commit once (so OUT holds a valid index), then SIGKILLs it after a
 * seeded delay of up to two more writes: the kill lands anywhere in staging or commit.
 */
function writeAndKill(outDir: string, seed: number): Promise<WriterRows> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, outDir, String(seed)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
  return new Promise<WriterRows>((resolve, reject) => {
    let rows: number[] = []
    child.once('error', reject)
    createInterface({ input: child.stdout }).on('line', line => {
      const [word, ...values] = line.split(' ')
      if (word === 'rows') rows = values.map(Number)
      if (word !== 'committed' || child.killed) return
      setTimeout(
        () => {
          child.kill('SIGKILL')
          void exited.then(() => resolve(rows))
        },
        seededRandom(seed)() * 2 * Number(values[0])
      )
    })
    void exited.then(() => {
      if (!child.killed) reject(new Error('the writer exited before it was killed'))
    })
  })
}

// Seeds 1-8 kill (on this machine) while staging, between the removal of the old manifest and the
// arrival of the new one, and after a commit; the outcome must be a valid index or none in all.
it.each([1, 2, 3, 4, 5, 6, 7, 8])(
  'a writer killed at a random moment (seed %d) leaves a valid index or none',
  async seed => {
    const dir = await tempDir()
    const rows = await writeAndKill(dir, seed)
    const entries = await readdir(dir)
    if (entries.includes(MANIFEST_FILE)) {
      const result = await verifyIndex(dir)
      expect(result).toMatchObject({ ok: true })
      expect(rows).toContain(result.ok && result.chunks)
    }
    // The next write clears the dead writer's staging folder.
    const next = syntheticIndex({ seed, files: 3 })
    await writeIndex(dir, next)
    expect(await verifyIndex(dir)).toEqual({ ok: true, chunks: next.rows.length, files: 3 })
    expect((await readdir(dir)).filter(entry => entry.startsWith('.'))).toEqual([])
  }
)
