// The action's entry (dist/index.js): all of it is in ./main.ts.
import { run } from './main.js'

await run()
// The cache client cannot be cancelled: a timed-out call would keep the process alive for
// minutes after the step is done, so end it explicitly, as actions/cache does.
process.exit()
