// Entry of one embedding worker process (dist/worker.js in the action, lib/worker.js in the npm
// package), forked by src/embed/worker-process.ts.
import { serveAsWorker } from './embed/worker-main.js'

serveAsWorker()
