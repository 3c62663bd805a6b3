/**
 * An index written as a LanceDB table (Lance's on-disk format: a folder of column files that
 * object storage can host and LanceDB, DuckDB or Python's `lance` read): one row per chunk, its
 * row number, location and text (when stored) beside its vector. LanceDB is an optional peer
 * dependency (about 160 MB of native code, needed only here): it is loaded on first use.
 */
import type { LoadedIndex } from '../artifact/index.js'
import { errorMessage } from '../util/index.js'

export const LANCEDB_TABLE = 'chunks'
/** Rows per write: bounds the memory the JavaScript copies of the vectors take. */
const BATCH_ROWS = 10_000

async function loadLanceDb() {
  try {
    return {
      lancedb: await import('@lancedb/lancedb'),
      arrow: await import('apache-arrow')
    }
  } catch (error) {
    throw new Error(
      'export --to lancedb needs the packages @lancedb/lancedb@0.31.0 and apache-arrow@18.1.0: ' +
        `install them beside embed-index (${errorMessage(error)})`,
      { cause: error }
    )
  }
}

/** Writes table LANCEDB_TABLE in the LanceDB database folder `dir`, replacing one there. */
export async function exportToLanceDb(index: LoadedIndex, dir: string): Promise<number> {
  const { lancedb, arrow } = await loadLanceDb()
  const { dimension } = index.manifest.model
  const schema = new arrow.Schema([
    new arrow.Field('row', new arrow.Int32(), false),
    new arrow.Field('path', new arrow.Utf8(), false),
    new arrow.Field('start_line', new arrow.Int32(), false),
    new arrow.Field('end_line', new arrow.Int32(), false),
    new arrow.Field('language', new arrow.Utf8(), true),
    new arrow.Field('symbol', new arrow.Utf8(), true),
    new arrow.Field('text', new arrow.Utf8(), true),
    new arrow.Field(
      'vector',
      new arrow.FixedSizeList(dimension, new arrow.Field('item', new arrow.Float32(), true)),
      false
    )
  ])
  const db = await lancedb.connect(dir)
  const table = await db.createEmptyTable(LANCEDB_TABLE, schema, { mode: 'overwrite' })
  const { rows, vectors } = index
  for (let first = 0; first < rows.length; first += BATCH_ROWS) {
    const batch = rows.slice(first, first + BATCH_ROWS).map((row, i) => ({
      row: first + i,
      path: row.path,
      start_line: row.start_line,
      end_line: row.end_line,
      language: row.language,
      symbol: row.symbol?.path ?? null,
      text: row.text ?? null,
      vector: Array.from(vectors.subarray((first + i) * dimension, (first + i + 1) * dimension))
    }))
    await table.add(batch)
  }
  table.close()
  db.close()
  return rows.length
}
