import { zipSync } from 'fflate'
import { unzipIndex } from '../../src/pull/unzip.js'

const NAMES = ['manifest.json', 'chunks.jsonl', 'vectors.npy']

test('takes the index files and skips folder entries', () => {
  const zip = zipSync({ 'manifest.json': Buffer.from('{}'), 'sub/': {} })
  const files = unzipIndex(zip, NAMES, 1000)
  expect([...files.keys()]).toEqual(['manifest.json'])
  expect(files.get('manifest.json')!.toString()).toBe('{}')
})

test('stops inflating past the bound, whatever the zip declares', () => {
  // 100 kB of zeros deflate to a few hundred bytes.
  const zip = zipSync({ 'vectors.npy': new Uint8Array(100_000) })
  expect(zip.length).toBeLessThan(1000)
  expect(() => unzipIndex(zip, NAMES, 10_000)).toThrow(
    'the artifact inflates to more than 10000 bytes'
  )
})

test('refuses a name that is not an index file, and bytes that are not a zip', () => {
  expect(() => unzipIndex(zipSync({ 'a/../../x': Buffer.from('x') }), NAMES, 1000)).toThrow(
    'the artifact holds "a/../../x", not an index file'
  )
  expect(() => unzipIndex(Buffer.from('not a zip at all'), NAMES, 1000)).toThrow(
    /^the artifact is not a zip holding an index$/
  )
})
