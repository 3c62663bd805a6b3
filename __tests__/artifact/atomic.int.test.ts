import { seededRandom } from '../../tools/fixture-model/random.js'
import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { MANIFEST_FILE } from '../../src/artifact/format.js'
import { readIndex } from '../../src/artifact/read.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { planIndexWrite, writeIndex } from '../../src/artifact/write.js'
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

// A real SIGKILL at a seeded moment, anywhere in staging or the swap: the writer committed at
// least once before, so the folder must hold one of its two indexes, whole.
it.each([1, 2, 3, 4, 5, 6, 7, 8])(
  'a writer killed at a random moment (seed %d) leaves the old or the new index, whole',
  async seed => {
    const dir = await tempDir()
    const rows = await writeAndKill(dir, seed)
    const result = await verifyIndex(dir)
    expect(result).toMatchObject({ ok: true })
    expect(rows).toContain(result.ok && result.chunks)
    // The next write clears the dead writer's leftovers.
    const next = syntheticIndex({ seed, files: 3 })
    await writeIndex(dir, next)
    expect(await verifyIndex(dir)).toEqual({ ok: true, chunks: next.rows.length, files: 3 })
    expect((await readdir(dir)).filter(entry => entry.startsWith('.'))).toEqual([])
  }
)

// Every step boundary of the write, exactly: a writer killed between step k and step k + 1 leaves
// the folder as the first k steps made it (each step is whole syscalls), so running only those
// steps is that kill. After each, the folder must hold the old index or the new one.
describe('a writer killed after each step of the write', () => {
  const old = syntheticIndex({ seed: 61, files: 12 })
  const fresh = syntheticIndex({ seed: 62, files: 9 })
  const third = syntheticIndex({ seed: 63, files: 4 })
  const { steps } = planIndexWrite('/unused', fresh)

  it.each(steps.map((step, k) => [k, step.name] as const))(
    'after %d step(s) (then: %s), verify passes on the old or the new index',
    async k => {
      const dir = await tempDir()
      await writeIndex(dir, old)
      for (const step of planIndexWrite(dir, fresh).steps.slice(0, k)) await step.run()
      const result = await verifyIndex(dir)
      expect(result).toMatchObject({ ok: true })
      expect([old.rows.length, fresh.rows.length]).toContain(result.ok && result.chunks)
      expect((await readIndex(dir)).rows.length).toBe(result.ok && result.chunks)
      // The next writer finishes what the dead one left, whatever that was.
      await writeIndex(dir, third)
      expect(await verifyIndex(dir)).toEqual({ ok: true, chunks: third.rows.length, files: 4 })
      expect((await readdir(dir)).filter(entry => entry.startsWith('.'))).toEqual([])
    }
  )

  it('also after every step of the write that follows an interrupted one', async () => {
    // A first writer dies halfway through the renames (old files kept aside), a second dies at
    // each step in turn: the old index must survive both.
    const midSwap = steps.findIndex(step => step.name === `move the new ${MANIFEST_FILE} in`)
    for (let k = 0; k <= steps.length; k++) {
      const dir = await tempDir()
      await writeIndex(dir, old)
      for (const step of planIndexWrite(dir, fresh).steps.slice(0, midSwap)) await step.run()
      for (const step of planIndexWrite(dir, third).steps.slice(0, k)) await step.run()
      const result = await verifyIndex(dir)
      expect({ k, result }).toMatchObject({ k, result: { ok: true } })
      expect([old.rows.length, third.rows.length]).toContain(result.ok && result.chunks)
    }
  })
})
