/**
 * Where the report says it ran: the workflow run's page and the runner. Both come from the
 * runner's environment, which a workflow can set: the link is built only from parts of their
 * expected shape, so that no text and no other address can reach the report through it.
 */
import { availableParallelism, arch, platform } from 'node:os'
import { parseRepository } from '../core/index.js'
import type { RunReport } from '../report/index.js'

const PAGE_SHAPE = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+$/

/**
 * `GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID`, or undefined when any part is
 * missing or not of its shape: an http(s) server (a host, nothing after it), an `owner/name`
 * repository and a numeric run id.
 */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const repository = parseRepository(env.GITHUB_REPOSITORY)
  const runId = env.GITHUB_RUN_ID ?? ''
  if (repository === undefined || !/^\d{1,20}$/.test(runId)) return undefined
  let page: URL
  try {
    page = new URL(
      `${repository.owner}/${repository.repo}/actions/runs/${runId}`,
      env.GITHUB_SERVER_URL
    )
  } catch {
    return undefined
  }
  // Nothing else: no credentials, path prefix, query or fragment, and no character that could end
  // the Markdown link it goes into.
  return PAGE_SHAPE.test(page.href) ? page.href : undefined
}

/** The runner as the report names it: RUNNER_OS and RUNNER_ARCH where set, and its cores. */
export function runnerFigures(env: NodeJS.ProcessEnv): NonNullable<RunReport['runner']> {
  return {
    os: env.RUNNER_OS || platform(),
    arch: env.RUNNER_ARCH || arch(),
    cores: availableParallelism()
  }
}
