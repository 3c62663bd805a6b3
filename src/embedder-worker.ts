// Entry of the query model's worker thread (lib/embedder-worker.js), started by
// src/serve/embedder-thread.ts.
import { serveEmbedder } from './serve/embedder-thread.js'

serveEmbedder()
