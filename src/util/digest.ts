import * as crypto from 'node:crypto'
import { createHash } from 'node:crypto'

/**
 * crypto.hash, where Node has it (20.12 and later; a namespace import, so that an older Node
 * loads this module too): one call, no Hash object, twice as fast on a short input as
 * createHash, which matters where every stored text of an index is hashed as it is read.
 */
const oneShot = crypto.hash as typeof crypto.hash | undefined

export function sha256Hex(bytes: Uint8Array | string): string {
  return oneShot !== undefined
    ? oneShot('sha256', bytes)
    : createHash('sha256').update(bytes).digest('hex')
}

/** What `git hash-object` gives for a file of these bytes: SHA-1 of "blob <size>\0" and them. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
