// Entry of the thread that hashes index files as they are read (dist/digest-worker.js), started
// by src/artifact/digest-thread.ts.
import { serveDigests } from './artifact/digest-thread.js'

serveDigests()
