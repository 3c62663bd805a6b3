/** Small helpers with no knowledge of indexes: files, JSON, digests, errors, text safe to print. */
export { gitBlobId, sha256Hex } from './digest.js'
export { replaceViaTemp, syncDir, writeFileAtomically, writeFileDurably } from './durable.js'
export { errorCode, errorMessage } from './errors.js'
export { isWithin, makeFolders, realPathOf } from './folders.js'
export { parseJson, readJsonFile } from './json.js'
export { printable, printableJson } from './printable.js'
export { quoted } from './quoted.js'
export { REGULAR_FILE_FLAGS, readRegularFile } from './regular-file.js'
