// Entry of the keyword index's worker thread (dist/keyword-worker.js), started by
// src/serve/keyword-thread.ts.
import { serveKeywordIndex } from './serve/keyword-thread.js'

serveKeywordIndex()
