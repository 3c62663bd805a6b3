import * as core from '@actions/core'
import { errorMessage } from '../util/index.js'

/**
 * Appends Markdown to the job summary. The index is written by now: a runner without a summary
 * file (GITHUB_STEP_SUMMARY unset, a full disk) costs the summary alone, with a warning.
 */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`could not write the job summary (${errorMessage(error)}); the index is whole`)
  }
}
