// Entry of one embedding worker process (dist/worker.js), forked by src/embed/cluster.ts.
import { serveAsWorker } from './embed/worker-main.js'

serveAsWorker()
