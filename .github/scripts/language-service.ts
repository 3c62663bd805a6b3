/**
 * Validates action.yml and workflow files with GitHub's own Actions language service (the engine
 * of the VS Code extension): the official schemas (so `runs.using: node24` is known), expression
 * syntax and the contexts each key allows, job `needs`, cron syntax. It needs no network. It does
 * not look inside the actions that steps use (./local-action-usage.ts covers this repo's own).
 */
import { registerLogger, validate } from '@actions/languageservice'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { DiagnosticSeverity } from 'vscode-languageserver-types'
import type { Problem } from './problem.js'

// A check that crashes inside the service is reported only to its loggers, and the file then
// gets no diagnostics at all: collect those reports so that a crash fails the lint.
const serviceErrors: string[] = []
const ignore = (): void => undefined
registerLogger({
  error: message => serviceErrors.push(message),
  warn: ignore,
  info: ignore,
  log: ignore
})

export async function validateWithLanguageService(root: string, file: string): Promise<Problem[]> {
  const path = join(root, file)
  // The service tells an action from a workflow by the path in the URI, and caches by URI: an
  // absolute one keeps files of different roots apart.
  const uri = pathToFileURL(path).href
  const document = TextDocument.create(uri, 'yaml', 1, await readFile(path, 'utf8'))
  serviceErrors.length = 0
  const diagnostics = await validate(document)
  const problems: Problem[] = diagnostics.map(diagnostic => ({
    file,
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    // Schema errors come without a severity.
    severity:
      diagnostic.severity === undefined || diagnostic.severity === DiagnosticSeverity.Error
        ? 'error'
        : 'warning',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
  }))
  for (const message of serviceErrors) {
    problems.push({ file, severity: 'error', message: `the language service failed: ${message}` })
  }
  return problems
}
