/** The GitHub REST client the action's extras share (the pull-request comment, the cache cleanup). */
export { describeApiFailure, githubClient, parseRepository } from './client.js'
export type { GitHubClient, Repository } from './client.js'
