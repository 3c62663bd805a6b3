/**
 * `npm run local-action`, before the emulator starts: makes what a fresh clone lacks
 * (./local-action/prepare.ts) and says what it made.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareLocalAction } from './local-action/prepare.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
for (const made of await prepareLocalAction(root)) console.log(`local-action: created ${made}`)
