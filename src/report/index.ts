/** What a run tells: progress, statistics, the quality gate and its summary. */
export { gateVerdicts, throughputGateFailure } from './gate.js'
export type { GateVerdict, PriorFigures } from './gate.js'
export { readPriorFigures } from './prior-figures.js'
export { createProgress } from './progress.js'
export type { Progress } from './progress.js'
export { STATS_FIELDS, computeStats } from './stats.js'
export type { RunStats } from './stats.js'
export { renderSummary } from './summary-markdown.js'
