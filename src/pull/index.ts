/** `embed-index pull`: the index CI built for this checkout, from its workflow run's artifact. */
export { PullError } from './errors.js'
export { MAX_COMMITS_BEHIND, pullIndex } from './pull.js'
export type { PullResult, PullSettings } from './pull.js'
