/** An index written into another engine's format, for teams that serve it from their own. */
export { exportToLanceDb, LANCEDB_TABLE } from './lancedb.js'
