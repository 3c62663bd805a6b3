import { seededRandom } from '../../tools/fixture-model/random.js'
import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeNpy } from '../../src/artifact/npy.js'
import { readNpyFile, removeTempDirs, tempDir } from './synthetic.js'

afterAll(removeTempDirs)

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0

function python(script: string, ...args: string[]): string {
  const result = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  return result.stdout
}

describe('encodeNpy', () => {
  it('writes a known 2×2 array byte for byte', () => {
    const bytes = encodeNpy({ rows: 2, cols: 2, data: new Float32Array([1, 2, 3, -0.5]) })
    const dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }"
    // 10 preamble bytes + header padded with spaces to 128 bytes, the last one '\n'.
    const header = dict + ' '.repeat(128 - 10 - dict.length - 1) + '\n'
    const expected = Buffer.concat([
      Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 0x01, 0x00, 118, 0x00]),
      Buffer.from(header, 'latin1'),
      Buffer.from([0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, 0, 0, 0x40, 0x40, 0, 0, 0, 0xbf])
    ])
    expect(bytes.toString('hex')).toBe(expected.toString('hex'))
  })

  it.each([
    [0, 384],
    [1, 3],
    [9, 1],
    [10, 1],
    [12345, 2]
  ])(
    'starts the data of shape (%d, %d) at a multiple of 64 bytes, header ending in a newline',
    (rows, cols) => {
      const bytes = encodeNpy({ rows, cols, data: new Float32Array(rows * cols) })
      const headerLength = bytes.readUInt16LE(8)
      expect((10 + headerLength) % 64).toBe(0)
      expect(bytes[10 + headerLength - 1]).toBe(0x0a)
      expect(bytes.length).toBe(10 + headerLength + rows * cols * 4)
    }
  )

  it('refuses data that does not fill the shape', () => {
    expect(() => encodeNpy({ rows: 2, cols: 3, data: new Float32Array(5) })).toThrow(RangeError)
  })
})

/** readNpyFile of these bytes, written to a file named `name` in a fresh folder. */
async function decoded(bytes: Buffer, name = 'v.npy'): Promise<unknown> {
  const path = join(await tempDir(), name)
  await writeFile(path, bytes)
  return readNpyFile(path)
}

describe('readNpy', () => {
  it('reads back what encodeNpy wrote, including an empty matrix', async () => {
    const data = new Float32Array(7 * 5).map(seededRandom(1))
    expect(await decoded(encodeNpy({ rows: 7, cols: 5, data }))).toEqual({ rows: 7, cols: 5, data })
    expect(await decoded(encodeNpy({ rows: 0, cols: 5, data: new Float32Array() }))).toEqual({
      rows: 0,
      cols: 5,
      data: new Float32Array()
    })
  })

  it.each([
    [
      'not NPY',
      (b: Buffer) => Buffer.concat([Buffer.from('NUMPX'), b.subarray(5)]),
      /not an NPY 1.0 file/
    ],
    [
      'another dtype',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace('<f4', '<f8'), 'latin1'),
      /header/
    ],
    [
      'Fortran order',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace('False', 'True '), 'latin1'),
      /header/
    ],
    [
      'truncated data',
      (b: Buffer) => b.subarray(0, b.length - 4),
      /shape \(2, 3\) needs 24 data bytes, found 20/
    ],
    ['truncated header', (b: Buffer) => b.subarray(0, 40), /header is truncated/]
  ])('rejects %s, naming the file', async (_, corrupt, reason) => {
    const bytes = encodeNpy({ rows: 2, cols: 3, data: new Float32Array(6) })
    await expect(decoded(corrupt(bytes), 'vectors.npy')).rejects.toThrow(reason)
    await expect(decoded(corrupt(bytes), 'vectors.npy')).rejects.toThrow(/\/vectors\.npy: /)
  })
})

;(hasNumpy ? describe : describe.skip)('numpy interoperability', () => {
  it('numpy loads the file, and np.save writes the same bytes', async () => {
    const dir = await tempDir()
    const data = new Float32Array(3 * 4).map(seededRandom(2))
    const ours = join(dir, 'ours.npy')
    const theirs = join(dir, 'theirs.npy')
    await writeFile(ours, encodeNpy({ rows: 3, cols: 4, data }))
    const loaded = python(
      [
        'import json, sys, numpy as np',
        'a = np.load(sys.argv[1])',
        'np.save(sys.argv[2], a)',
        'print(json.dumps({"shape": a.shape, "dtype": a.dtype.str, "values": a.ravel().tolist()}))'
      ].join('\n'),
      ours,
      theirs
    )
    expect(JSON.parse(loaded)).toEqual({ shape: [3, 4], dtype: '<f4', values: Array.from(data) })
    const saved = python('import sys; print(open(sys.argv[1], "rb").read().hex())', theirs).trim()
    expect(saved).toBe(encodeNpy({ rows: 3, cols: 4, data }).toString('hex'))
  })

  it('numpy loads an empty matrix as shape (0, dim)', async () => {
    const path = join(await tempDir(), 'empty.npy')
    await writeFile(path, encodeNpy({ rows: 0, cols: 384, data: new Float32Array() }))
    expect(python('import sys, numpy as np; print(np.load(sys.argv[1]).shape)', path).trim()).toBe(
      '(0, 384)'
    )
  })
})
