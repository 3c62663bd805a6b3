/**
 * Child process of atomic.int.test.ts: writes two large indexes into OUT in turn, forever, until the
 * test kills it. Prints the row counts of both, then 'committed MS' after every write.
 */
import { writeIndex } from '../../src/artifact/write.js'
import { syntheticIndex } from './synthetic.js'

const [outDir, seedText] = process.argv.slice(2)
const seed = Number(seedText)
const indexes = [
  syntheticIndex({ seed, files: 1500, dimension: 384 }),
  syntheticIndex({ seed: seed + 1, files: 1000, dimension: 384 })
]
process.stdout.write(`rows ${indexes.map(index => index.rows.length).join(' ')}\n`)
for (let i = 0; ; i++) {
  const started = performance.now()
  await writeIndex(outDir, indexes[i % 2])
  process.stdout.write(`committed ${Math.round(performance.now() - started)}\n`)
}
