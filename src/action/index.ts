/** The GitHub Action's two modes, index and merge, and its pull-request comment. */
export { runIndexMode } from './index-mode.js'
export { readActionInputs } from './inputs.js'
export { runMergeMode } from './merge-mode.js'
