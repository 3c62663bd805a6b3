import { createHash } from 'node:crypto'
import { sha256Hex } from '../../src/util/digest.js'

it('gives the SHA-256 createHash gives, of strings (as UTF-8) and of bytes', () => {
  for (const input of [
    '',
    'abc',
    'été 日本 𝒳\n',
    Buffer.from([0, 255, 10]),
    new Uint8Array(70000)
  ]) {
    expect(sha256Hex(input)).toBe(createHash('sha256').update(input).digest('hex'))
  }
})
