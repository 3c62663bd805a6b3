/** The embed-index command line. */
export { runCli } from './commands.js'
