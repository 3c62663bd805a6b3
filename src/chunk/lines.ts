/**
 * The lines of a text, with CRLF and lone CR read as LF so that a file has the same lines (and
 * chunk hashes) whichever platform checked it out. A final line ending ends the last line; it
 * does not start an empty one.
 */
export function splitLines(content: string): string[] {
  const lines = content.replace(/\r\n?/g, '\n').split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function isBlank(text: string): boolean {
  return /^\s*$/.test(text)
}
