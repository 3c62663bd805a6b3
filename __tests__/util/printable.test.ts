import { printable } from '../../src/util/printable.js'

test('line breaks, escape sequences, DEL, C1 and bidi controls are written as escapes', () => {
  expect(printable('a\nb\r\tc')).toBe('a\\nb\\r\\tc')
  expect(printable('\x1b[2J\x07\x7f\x85')).toBe('\\x1b[2J\\x07\\x7f\\x85')
  expect(printable('evil\u202egnp.js\u2028x\u2066')).toBe('evil\\u202egnp.js\\u2028x\\u2066')
})

test('everything else is left alone; tabs too when asked', () => {
  const text = 'naïve 日本 𝒳 \\n "quotes" `ticks`'
  expect(printable(text)).toBe(text)
  expect(printable('\tindented\n', true)).toBe('\tindented\\n')
})
