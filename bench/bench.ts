/**
 * `npm run bench`: naive vs ceiling vs embed-index on this machine; prints the table and writes
 * it as JSON. ./suite.ts says what is measured; `--serve`, ./serve-suite.ts, measures the server;
 * `--defs`, ./defs-suite.ts, whether identifier queries find their definitions; `--pull`,
 * ./pull-suite.ts, the time from `embed-index pull` to the first query answer; `--scale`,
 * ./scale-suite.ts, every command on grown indexes and merges of many shards; `--overlay N`,
 * ./overlay-suite.ts, how soon `serve --root` searches an edit.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderAnnReport, runAnnBench } from './ann-suite.js'
import { parseBenchArgs, USAGE, type BenchArgs } from './args.js'
import { renderDefsReport, runDefsBench } from './defs-suite.js'
import { renderOverlayReport, runOverlayBench } from './overlay-suite.js'
import { renderPullReport, runPullBench } from './pull-suite.js'
import { renderReport } from './report.js'
import { renderScaleReport } from './scale-report.js'
import { runScaleBench } from './scale-suite.js'
import { renderServeReport } from './serve-report.js'
import { runServeBench } from './serve-suite.js'
import { runDefaultBench, runScalingBench } from './suite.js'

let args: BenchArgs
try {
  args = parseBenchArgs(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
  process.exit(2)
}

/** Runs the bench asked for; returns its JSON report and its table. */
async function benchRun(args: BenchArgs): Promise<[object, string]> {
  if (args.ann) {
    const report = await runAnnBench(args.ann)
    return [report, renderAnnReport(report)]
  }
  if (args.scale) {
    const report = await runScaleBench(args.scale)
    return [report, renderScaleReport(report)]
  }
  if (args.defs) {
    const report = await runDefsBench()
    return [report, renderDefsReport(report)]
  }
  if (args.overlay !== undefined) {
    const report = await runOverlayBench(args.overlay)
    return [report, renderOverlayReport(report)]
  }
  if (args.pull) {
    const report = await runPullBench(args.runs)
    return [report, renderPullReport(report)]
  }
  if (args.serve) {
    const report = await runServeBench(args.runs)
    return [report, renderServeReport(report)]
  }
  const report = args.workers
    ? await runScalingBench(args.runs, args.workers)
    : await runDefaultBench(args.runs)
  return [report, renderReport(report)]
}

try {
  const [report, table] = await benchRun(args)
  const json = path.resolve(args.json)
  await mkdir(path.dirname(json), { recursive: true })
  await writeFile(json, JSON.stringify(report, null, 2) + '\n')
  process.stdout.write(`${table}\nresults: ${json}\n`)
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
