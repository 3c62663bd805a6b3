/**
 * What `npm run lint:actions` checks: action.yml and every workflow under .github/workflows,
 * with GitHub's language service and with the check of this repository's own action's use.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { validateWithLanguageService } from './language-service.js'
import { checkLocalActionUsage, readActionInterface } from './local-action-usage.js'
import type { Problem } from './problem.js'

const ACTION_FILE = 'action.yml'
const WORKFLOWS_DIR = '.github/workflows'

async function workflowFiles(root: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(join(root, WORKFLOWS_DIR))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => `${WORKFLOWS_DIR}/${name}`)
}

export interface LintResult {
  files: string[]
  problems: Problem[]
}

export async function lintActions(root: string): Promise<LintResult> {
  const workflows = await workflowFiles(root)
  const files = [ACTION_FILE, ...workflows]
  const problems: Problem[] = []
  for (const file of files) problems.push(...(await validateWithLanguageService(root, file)))
  const action = readActionInterface(await readFile(join(root, ACTION_FILE), 'utf8'))
  for (const file of workflows) {
    problems.push(...checkLocalActionUsage(file, await readFile(join(root, file), 'utf8'), action))
  }
  return { files, problems }
}
