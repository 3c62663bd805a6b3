/** The ways a query can rank an index's rows (src/serve/ranking.ts says how each ranks). */
export const SEARCH_MODES = ['semantic', 'keyword', 'hybrid'] as const
export type SearchMode = (typeof SEARCH_MODES)[number]
/** What `query --mode` and the server's search default to. */
export const DEFAULT_SEARCH_MODE: SearchMode = 'hybrid'
