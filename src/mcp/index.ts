/** The MCP server over a search session. */
export { serveOnStdio } from './server.js'
