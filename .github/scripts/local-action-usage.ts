/**
 * Checks the steps that run this repository's own action (`uses: ./`), which the language
 * service skips: every `with:` key must be an input in action.yml, and every
 * `steps.<id>.outputs.<name>` that points at such a step must name an output in action.yml.
 */
import { parse } from 'yaml'
import type { Problem } from './problem.js'

export interface ActionInterface {
  inputs: ReadonlySet<string>
  outputs: ReadonlySet<string>
}

const LOCAL_ACTION = './'
const STEP_OUTPUT_REFERENCE = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g

type YamlMap = Record<string, unknown>

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function keysOf(value: unknown): string[] {
  return isMap(value) ? Object.keys(value) : []
}

export function readActionInterface(actionYaml: string): ActionInterface {
  const action: unknown = parse(actionYaml)
  if (!isMap(action)) return { inputs: new Set(), outputs: new Set() }
  return { inputs: new Set(keysOf(action.inputs)), outputs: new Set(keysOf(action.outputs)) }
}

export function checkLocalActionUsage(
  file: string,
  workflowYaml: string,
  action: ActionInterface
): Problem[] {
  const workflow: unknown = parse(workflowYaml)
  if (!isMap(workflow) || !isMap(workflow.jobs)) return []
  const problems: Problem[] = []
  const report = (message: string): void => {
    problems.push({ file, severity: 'error', message })
  }
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    if (!isMap(job) || !Array.isArray(job.steps)) continue
    const localStepIds = new Set<string>()
    job.steps.forEach((step: unknown, index) => {
      if (!isMap(step) || step.uses !== LOCAL_ACTION) return
      const label = String(step.id ?? step.name ?? `#${index + 1}`)
      if (typeof step.id === 'string') localStepIds.add(step.id)
      for (const input of keysOf(step.with)) {
        if (!action.inputs.has(input)) {
          report(`job '${jobId}', step '${label}': '${input}' is not an input of action.yml`)
        }
      }
    })
    // Expressions may stand in any value of the job: look through all of its text.
    for (const [, stepId, output] of JSON.stringify(job).matchAll(STEP_OUTPUT_REFERENCE)) {
      if (localStepIds.has(stepId) && !action.outputs.has(output)) {
        report(`job '${jobId}': steps.${stepId}.outputs.${output} is not an output of action.yml`)
      }
    }
  }
  return problems
}
