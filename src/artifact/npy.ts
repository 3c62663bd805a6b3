/**
 * NPY 1.0 encoding of a 2-D little-endian float32 matrix, byte for byte what numpy's `np.save`
 * writes (header dict, the spaces it reserves for the row count to grow, padding so the data
 * starts at a multiple of 64 bytes, then '\n').
 */
import { endianness } from 'node:os'
import { IndexError } from './errors.js'
import type { PartReader } from './part-stream.js'

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

export function encodeNpy(matrix: Matrix): Buffer {
  return Buffer.concat(npyParts(matrix))
}

/**
 * The file encodeNpy makes, as its header and its data (a view on `data` where the machine is
 * little-endian): a large matrix is written without a copy of it in one buffer.
 */
export function npyParts({ rows, cols, data }: Matrix): [header: Buffer, body: Uint8Array] {
  if (data.length !== rows * cols) {
    throw new RangeError(`npy: ${data.length} values do not make a ${rows}×${cols} matrix`)
  }
  const body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return [npyHeader(rows, cols), endianness() === 'BE' ? Buffer.from(body).swap32() : body]
}

/** The bytes before the data of a rows × cols '<f4' matrix. */
export function npyHeader(rows: number, cols: number): Buffer {
  const dict = `{'descr': '<f4', 'fortran_order': False, 'shape': (${rows}, ${cols}), }`
  const header = dict + ' '.repeat(GROWTH_DIGITS - String(rows).length)
  // numpy pads with 1..64 spaces (a full 64 when already aligned), then the '\n'.
  const padding = ALIGN - ((PREAMBLE_BYTES + header.length + 1) % ALIGN)
  const text = Buffer.from(header + ' '.repeat(padding) + '\n', 'latin1')
  const length = Buffer.alloc(2)
  length.writeUInt16LE(text.length)
  return Buffer.concat([MAGIC, length, text])
}

/** The most values one Float32Array holds in Node (2^32): 11 million rows of 384 dimensions. */
const MAX_VALUES = 2 ** 32

/**
 * Reads what encodeNpy writes (or np.save of a 2-D '<f4' array) from the reader's start, in
 * bounded pieces into the matrix (which the digest thread fills as it hashes them), never
 * through one buffer of the whole file besides the matrix's own.
 */
export async function readNpy(reader: PartReader): Promise<Matrix> {
  const { rows, cols } = await readNpyHeader(reader)
  checkValues(reader, rows, cols)
  const data = new Float32Array(await reader.readRest())
  if (endianness() === 'BE') Buffer.from(data.buffer).swap32()
  return { rows, cols, data }
}

/** The shape in the header, once the data that follows has exactly the size the shape needs. */
export async function readNpyHeader(reader: PartReader): Promise<{ rows: number; cols: number }> {
  const name = reader.path
  const preamble = Buffer.alloc(PREAMBLE_BYTES)
  if (reader.left < PREAMBLE_BYTES) throw new IndexError(`${name}: not an NPY 1.0 file`)
  await reader.readInto(preamble)
  if (!preamble.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new IndexError(`${name}: not an NPY 1.0 file`)
  }
  const header = Buffer.alloc(preamble.readUInt16LE(MAGIC.length))
  if (header.length > reader.left) throw new IndexError(`${name}: header is truncated`)
  await reader.readInto(header)
  const match = HEADER.exec(header.toString('latin1'))
  if (match === null) {
    throw new IndexError(`${name}: header is not that of a 2-D little-endian float32 C-order array`)
  }
  const [rows, cols] = [Number(match[1]), Number(match[2])]
  if (reader.left !== rows * cols * 4) {
    throw new IndexError(
      `${name}: shape (${rows}, ${cols}) needs ${rows * cols * 4} data bytes, found ${reader.left}`
    )
  }
  return { rows, cols }
}

function checkValues(reader: PartReader, rows: number, cols: number): void {
  const values = rows * cols
  if (values > MAX_VALUES) {
    throw new IndexError(
      `${reader.path}: ${rows} rows of ${cols} values are ${values} values, more than one ` +
        `Float32Array holds in Node (${MAX_VALUES})`
    )
  }
}

/** The next `rows` rows of `cols` values, read from where the reader stands. */
export async function readNpyRows(
  reader: PartReader,
  rows: number,
  cols: number
): Promise<Float32Array> {
  checkValues(reader, rows, cols)
  const data = new Float32Array(rows * cols)
  const bytes = Buffer.from(data.buffer)
  await reader.readInto(bytes)
  if (endianness() === 'BE') bytes.swap32()
  return data
}
