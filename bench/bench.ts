/**
 * `npm run bench`: naive vs ceiling vs embed-index on this machine; prints the table and writes
 * it as JSON. ./suite.ts says what is measured.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBenchArgs, USAGE } from './args.js'
import { renderReport } from './report.js'
import { runDefaultBench, runScalingBench } from './suite.js'

let args
try {
  args = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
  process.exit(2)
}

try {
  const report = args.workers
    ? await runScalingBench(args.runs, args.workers)
    : await runDefaultBench(args.runs)
  const json = path.resolve(args.json)
  await mkdir(path.dirname(json), { recursive: true })
  await writeFile(json, JSON.stringify(report, null, 2) + '\n')
  process.stdout.write(`${renderReport(report)}\nresults: ${json}\n`)
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
