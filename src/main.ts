/**
 * The action: inputs → the shared config → mode 'index' (cache restore, build, outputs, job
 * summary, cache save, throughput gate) or mode 'merge'. Every failure is reported through
 * core.setFailed, naming what went wrong.
 */
import * as core from '@actions/core'
import { runIndexMode } from './action/index.js'
import { readActionInputs } from './action/index.js'
import { runMergeMode } from './action/index.js'
import { parseActionConfig } from './config/index.js'
import { errorMessage } from './util/index.js'

export async function run(): Promise<void> {
  try {
    const config = parseActionConfig(
      readActionInputs(),
      process.env.GITHUB_WORKSPACE || process.cwd()
    )
    if (config.mode === 'merge') await runMergeMode(config)
    else await runIndexMode(config)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
