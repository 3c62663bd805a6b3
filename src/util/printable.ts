/**
 * Characters that would let a file name or a file's text rewrite what a terminal shows: C0 and C1
 * controls (line breaks, escape sequences), DEL, line and paragraph separators, and the
 * bidirectional formatting characters that reorder text on screen.
 */
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g
const UNSAFE_BUT_TAB = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * The text with each of those characters written as an escape (`\n`, `\x1b`, `\u202e`), for one
 * line of text output. `keepTabs` leaves tabs as they are (code indented with tabs).
 */
export function printable(text: string, keepTabs = false): string {
  return text.replace(keepTabs ? UNSAFE_BUT_TAB : UNSAFE, char => {
    const code = char.charCodeAt(0)
    return (
      NAMED[char] ??
      (code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`)
    )
  })
}

/**
 * A value as two-space-indented JSON whose strings hold none of those characters raw: JSON escapes
 * only C0 controls, so the rest are written as `\uXXXX` escapes (the text parses to the same value).
 * The only raw control characters JSON.stringify writes are the line breaks between values.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, char =>
    char === '\n' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
