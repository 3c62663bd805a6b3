/**
 * Text as Markdown shows it literally: the one escaping every report renderer uses for strings it
 * did not write itself (the job summary, the PR comment). Such a string may come from an index, a
 * prior or a cache; no heading, link, image, @mention, HTML or table cell may come out of it.
 */

/**
 * Characters Markdown or HTML give a meaning to inside a line (the renderers place these strings
 * inside lines and table cells, never at a line's start, so `-`, `+` and `=` stay), and the
 * starts of the bare links GitHub makes by itself (`https://`, `www.`).
 */
const MEANINGFUL = /[\\`*_[\]{}()<>#!|@~&]|:(?=\/\/)|(?<=\bwww)\./gi

/** The text on one line, each meaningful character as an HTML character reference. */
export function markdownText(text: string): string {
  return (
    text
      // Line breaks and other control characters would end a table row or start a block.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(MEANINGFUL, char => `&#${char.charCodeAt(0)};`)
  )
}
