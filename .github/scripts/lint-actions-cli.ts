/**
 * `npm run lint:actions`: lints action.yml and the workflows of the repository in the current
 * folder; prints each problem and exits 1 when any is an error.
 */
import { lintActions } from './lint-actions.js'
import { formatProblem } from './problem.js'

const { files, problems } = await lintActions(process.cwd())
for (const problem of problems) console.log(formatProblem(problem))
const errors = problems.filter(problem => problem.severity === 'error').length
console.log(
  `lint:actions: ${files.length} files, ${errors} errors, ${problems.length - errors} warnings`
)
if (errors > 0) process.exitCode = 1
