/** Which files of a repository to index, read and checked. */
export { expandFolderPattern, globProblem } from './glob-rules.js'
export { ALWAYS_EXCLUDED_FOLDERS } from './patterns.js'
export { readFileContent } from './read.js'
export { scanRepository } from './scan.js'
export type { ScanResult } from './scan.js'
