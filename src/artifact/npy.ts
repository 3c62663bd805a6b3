/**
 * NPY 1.0 encoding of a 2-D little-endian float32 matrix, byte for byte what numpy's `np.save`
 * writes (header dict, the spaces it reserves for the row count to grow, padding so the data
 * starts at a multiple of 64 bytes, then '\n').
 */
import { endianness } from 'node:os'
import { IndexError } from './errors.js'

const MAGIC = Buffer.from([0x93, ...Buffer.from('NUMPY'), 1, 0])
const PREAMBLE_BYTES = MAGIC.length + 2 // magic, version, uint16 header length
const ALIGN = 64
const GROWTH_DIGITS = 21 // numpy's GROWTH_AXIS_MAX_DIGITS
const HEADER = /^\{'descr': '<f4', 'fortran_order': False, 'shape': \((\d+), (\d+)\), \} *\n$/

interface Matrix {
  rows: number
  cols: number
  data: Float32Array
}

export function encodeNpy({ rows, cols, data }: Matrix): Buffer {
  if (data.length !== rows * cols) {
    throw new RangeError(`npy: ${data.length} values do not make a ${rows}×${cols} matrix`)
  }
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`
  const header = dict + ' '.repeat(GROWTH_DIGITS - String(rows).length)
  // numpy pads with 1..64 spaces (a full 64 when already aligned), then the '\n'.
  const padding = ALIGN - ((PREAMBLE_BYTES + header.length + 1) % ALIGN)
  const text = Buffer.from(header + ' '.repeat(padding) + '\n', 'latin1')
  const length = Buffer.alloc(2)
  length.writeUInt16LE(text.length)
  const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (endianness() === 'BE') return Buffer.concat([MAGIC, length, text, Buffer.from(body).swap32()])
  return Buffer.concat([MAGIC, length, text, body])
}

/** Decodes what encodeNpy writes (or np.save of a 2-D '<f4' array); `name` labels errors. */
export function decodeNpy(bytes: Uint8Array, name: string): Matrix {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.length < PREAMBLE_BYTES || !buffer.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new IndexError(`${name}: not an NPY 1.0 file`)
  }
  const dataStart = PREAMBLE_BYTES + buffer.readUInt16LE(MAGIC.length)
  if (dataStart > buffer.length) throw new IndexError(`${name}: header is truncated`)
  const match = HEADER.exec(buffer.toString('latin1', PREAMBLE_BYTES, dataStart))
  if (match === null) {
    throw new IndexError(`${name}: header is not that of a 2-D little-endian float32 C-order array`)
  }
  const [rows, cols] = [Number(match[1]), Number(match[2])]
  const dataBytes = buffer.length - dataStart
  if (dataBytes !== rows * cols * 4) {
    throw new IndexError(
      `${name}: shape (${rows}, ${cols}) needs ${rows * cols * 4} data bytes, found ${dataBytes}`
    )
  }
  // A view on the bytes read when they sit at a 4-byte aligned offset (the header pads the data
  // to 64 bytes, and a file read whole starts its own buffer): no copy of a large index.
  const offset = buffer.byteOffset + dataStart
  if (endianness() === 'LE' && offset % 4 === 0) {
    return { rows, cols, data: new Float32Array(buffer.buffer, offset, rows * cols) }
  }
  const data = new Float32Array(rows * cols)
  const dataView = Buffer.from(data.buffer)
  buffer.copy(dataView, 0, dataStart)
  if (endianness() === 'BE') dataView.swap32()
  return { rows, cols, data }
}
