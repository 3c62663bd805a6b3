import { printable } from './printable.js'

/**
 * A value read from an index or a cache, quoted for a message: JSON escapes the C0 controls, and
 * printable the rest of what could rewrite a terminal (DEL, C1 controls, bidirectional marks).
 */
export function quoted(value: unknown): string {
  return printable(JSON.stringify(value))
}
