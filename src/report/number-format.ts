/**
 * How every report shows a number: the job summary, the PR comment, the gates' verdicts. One
 * formatter, so that a figure reads the same wherever it appears and no float is printed whole
 * (`887.1925999999999`).
 */

/** At most 3 decimals, trailing zeros dropped, thousands separated: `102,153.08`, `887.193`. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })

/** One decimal, always shown, with its sign unless zero: `+12.3 %`, `-4.0 %`, `0.0 %`. */
const SIGNED_PERCENT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero'
})

/** One decimal, always shown, no sign: `12.3 %`. */
const PERCENT = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'never'
})

export function formatNumber(value: number): string {
  return NUMBER.format(value)
}

/** A fraction as a percentage: 0.123 is `12.3 %`, or `+12.3 %` when `signed`. */
export function formatPercent(fraction: number, signed = false): string {
  return `${(signed ? SIGNED_PERCENT : PERCENT).format(fraction * 100)} %`
}
