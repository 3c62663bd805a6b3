// The TypeScript loader of every process and thread that runs the source: `npm test` and the
// `npm run` scripts that start workers preload it through NODE_OPTIONS, which forked processes
// inherit and whose preloads Node runs in worker threads too (`npm run bench` passes it as
// --import instead, which its worker threads and forks inherit and the CLI it measures does not). Not `--import tsx`: on Node 20,
// tsx registers its hooks in the main thread only, so a worker thread could not load
// src/keyword-worker.ts.
import { register } from 'tsx/esm/api'

register()
