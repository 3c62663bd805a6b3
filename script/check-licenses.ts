/**
 * `npm run check:licenses`: the licences of what dist/ ships against the allow-list (see
 * ./licenses.ts); prints each package and its licence, then every refusal, and exits 1 on any.
 * Run after `npm run package`, as CI does.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ALLOWED_LICENCES, checkLicences } from './licenses.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { packages, problems } = checkLicences(root)
for (const entry of packages) {
  console.log(`${entry.name.padEnd(40)} ${entry.licence ?? '-'}  (${entry.source})`)
}
for (const problem of problems) console.error(`licence refused: ${problem}`)
console.log(
  `check:licenses: ${packages.length} packages in dist/, ${problems.length} refused ` +
    `(allowed: ${ALLOWED_LICENCES.join(', ')})`
)
if (problems.length > 0) process.exitCode = 1
