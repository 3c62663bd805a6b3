// Entry of the approximate-search graph's worker thread (lib/graph-worker.js), started by
// src/serve/graph-thread.ts.
import { serveGraph } from './serve/graph-thread.js'

serveGraph()
