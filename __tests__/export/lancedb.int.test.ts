import { join } from 'node:path'
import * as lancedb from '@lancedb/lancedb'
import { readVerifiedIndex, writeIndex } from '../../src/artifact/index.js'
import { exportToLanceDb, LANCEDB_TABLE } from '../../src/export/index.js'
import { removeTempDirs, syntheticIndex, tempDir } from '../artifact/synthetic.js'

afterAll(removeTempDirs)

test('an exported index reads back from LanceDB with every row, its location, text and vector', async () => {
  const dir = await tempDir()
  await writeIndex(
    join(dir, 'index'),
    syntheticIndex({ seed: 4, files: 30, dimension: 16, storeText: true })
  )
  const index = await readVerifiedIndex(join(dir, 'index'))
  const out = join(dir, 'lance')
  expect(await exportToLanceDb(index, out)).toBe(index.rows.length)

  const db = await lancedb.connect(out)
  expect(await db.tableNames()).toEqual([LANCEDB_TABLE])
  const table = await db.openTable(LANCEDB_TABLE)
  expect(await table.countRows()).toBe(index.rows.length)
  const read = (await table.query().toArray()).sort((a, b) => a.row - b.row)
  expect(read).toHaveLength(index.rows.length)
  read.forEach((got, row) => {
    const want = index.rows[row]
    expect(got.row).toBe(row)
    expect([got.path, got.start_line, got.end_line, got.text]).toEqual([
      want.path,
      want.start_line,
      want.end_line,
      want.text
    ])
    const vector = Float32Array.from(got.vector.toArray() as Float32Array)
    expect(vector).toEqual(index.vectors.subarray(row * 16, (row + 1) * 16))
  })
  // Exporting again replaces the table rather than appending to it.
  await exportToLanceDb(index, out)
  expect(await (await db.openTable(LANCEDB_TABLE)).countRows()).toBe(index.rows.length)
  db.close()
})
