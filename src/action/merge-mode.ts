import * as core from '@actions/core'
import { expandMergeInputs, mergeIndexes } from '../artifact/index.js'
import type { ActionConfig } from '../config/index.js'
import { formatNumber } from '../report/index.js'
import { writeSummary } from './job-summary.js'

/** mode 'merge': the shard indexes named by merge-from, combined into output. */
export async function runMergeMode(config: ActionConfig): Promise<void> {
  const shards = await expandMergeInputs(config.mergeFrom, config.root)
  const manifest = await core.group('merge', () => mergeIndexes(shards, config.output))
  core.setOutput('index-path', config.output)
  core.setOutput('files-total', manifest.counts.files)
  core.setOutput('chunks', manifest.counts.chunks)
  await writeSummary(
    `## embed-index: merge\n\nMerged ${shards.length} shards: ${formatNumber(manifest.counts.files)} files, ` +
      `${formatNumber(manifest.counts.chunks)} chunks.\n`
  )
}
