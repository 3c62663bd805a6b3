/** Every number in a report: at most 3 decimals, thousands separated; percentages signed. */
import { formatNumber, formatPercent } from '../../src/report/number-format.js'

test('at most 3 decimals, trailing zeros dropped, thousands separated', () => {
  expect(formatNumber(102153.08)).toBe('102,153.08')
  expect(formatNumber(887.1925999999999)).toBe('887.193')
  expect(formatNumber(2)).toBe('2')
  expect(formatNumber(1_000_000)).toBe('1,000,000')
  expect(formatNumber(0)).toBe('0')
})

test('a percentage has one decimal, a space before %, and a sign when asked for one', () => {
  expect(formatPercent(0.1234, true)).toBe('+12.3 %')
  expect(formatPercent(-0.04, true)).toBe('-4.0 %')
  expect(formatPercent(0, true)).toBe('0.0 %')
  expect(formatPercent(-0.506)).toBe('50.6 %')
  expect(formatPercent(12.5, true)).toBe('+1,250.0 %')
})
