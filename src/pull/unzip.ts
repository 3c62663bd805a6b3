/**
 * Reads an index out of an artifact zip in memory, trusting nothing in it: only the index's own
 * file names are taken (flat names, so no entry can point outside the folder; a link's entry
 * would only be its target's text, which verification then refuses), and the inflated bytes are
 * bounded, whatever sizes the zip declares.
 */
import { Unzip, UnzipInflate } from 'fflate'
import { errorMessage } from '../util/index.js'
import { PullError } from './errors.js'

export function unzipIndex(
  zip: Uint8Array,
  names: readonly string[],
  maxBytes: number
): Map<string, Buffer> {
  const parts = new Map<string, Uint8Array[]>()
  let total = 0
  let failure: PullError | undefined
  const fail = (problem: string) => (failure ??= new PullError(`the artifact ${problem}`))
  const unzip = new Unzip(file => {
    if (file.name.endsWith('/')) return // a folder entry: nothing to write
    if (!names.includes(file.name))
      return fail(`holds ${JSON.stringify(file.name)}, not an index file`)
    if (parts.has(file.name)) return fail(`holds ${file.name} twice`)
    const chunks: Uint8Array[] = []
    parts.set(file.name, chunks)
    file.ondata = (error, chunk) => {
      if (error) return fail(`is not a readable zip (${errorMessage(error)})`)
      total += chunk.length
      if (total > maxBytes) {
        file.terminate()
        return fail(`inflates to more than ${maxBytes} bytes`)
      }
      chunks.push(chunk)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    unzip.push(zip, true)
  } catch (error) {
    fail(`is not a readable zip (${errorMessage(error)})`)
  }
  if (failure) throw failure
  if (parts.size === 0) throw new PullError('the artifact is not a zip holding an index')
  return new Map([...parts].map(([name, chunks]) => [name, Buffer.concat(chunks)]))
}
