/** One finding of `npm run lint:actions`. */
export interface Problem {
  /** Relative to the repository root. */
  file: string
  /** 1-based, where the check knows the place. */
  line?: number
  column?: number
  severity: 'error' | 'warning'
  message: string
}

/** `file:line:column: severity: message`, the shape editors and CI logs link. */
export function formatProblem(problem: Problem): string {
  const place = [problem.file, problem.line, problem.column].filter(p => p !== undefined).join(':')
  return `${place}: ${problem.severity}: ${problem.message}`
}
