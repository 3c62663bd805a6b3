/** The GitHub REST client the action's extras share (the pull-request comment, the cache cleanup). */
export { describeApiFailure, githubClient } from './client.js'
export type { GitHubClient } from './client.js'
