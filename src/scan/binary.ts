/** Like git, judge by the start of the file only. */
const SAMPLE_BYTES = 8192

/** Above this share of control bytes in the sample a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1

const TEXT_CONTROLS = new Set([0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b])

/**
 * Whether bytes look like a binary file rather than text: a NUL byte in the sample, or many control
 * bytes other than the ones text uses (tab, line feed, vertical tab, form feed, carriage return,
 * backspace for overstrike, escape for terminal colours).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) control++
  }
  return control > MAX_CONTROL_SHARE * sample.length
}
