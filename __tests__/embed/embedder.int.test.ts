import { loadEmbedder, type Embedder } from '../../src/embed/embedder.js'
import { readModelShape } from '../../src/embed/model-source.js'
import { loadTokenCounter } from '../../src/embed/tokenizer.js'
import type { ResolvedModel } from '../../src/embed/model-source.js'
import { tinyResolvedModel } from '../helpers/model.js'

function rows(vectors: Float32Array, dimension: number): Float32Array[] {
  return Array.from({ length: vectors.length / dimension }, (_, i) =>
    vectors.slice(i * dimension, (i + 1) * dimension)
  )
}

function bytes(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength)
}

/** Texts of exactly `tokens` tokens each, all different. */
function textsOfLength(count: (text: string) => number, tokens: number, n: number): string[] {
  const texts: string[] = []
  for (let seed = 0; texts.length < n; seed++) {
    const words = Array.from({ length: tokens }, (_, i) => `w${(seed * 7919 + i * 104729) % 1000}`)
    for (let length = 1; length <= words.length; length++) {
      const text = words.slice(0, length).join(' ')
      if (count(text) === tokens) {
        texts.push(text)
        break
      }
      if (count(text) > tokens) break
    }
  }
  return texts
}

describe('loadTokenCounter', () => {
  it('counts [CLS] and [SEP] and never truncates', async () => {
    const count = await loadTokenCounter(await tinyResolvedModel('fp32'))
    expect(count('')).toBe(2)
    expect(count('hello world')).toBe(4)
    expect(count('hello '.repeat(700))).toBe(702)
  })
})

describe.each(['fp32', 'q8'] as const)('embedder (%s)', dtype => {
  let model: ResolvedModel
  let embedder: Embedder
  let count: (text: string) => number

  beforeAll(async () => {
    model = await tinyResolvedModel(dtype)
    embedder = await loadEmbedder(model, 1)
    count = await loadTokenCounter(model)
  })
  afterAll(() => embedder.dispose())

  it('returns one unit vector per text, in order', async () => {
    const texts = ['const answer = 42', 'a somewhat longer sentence about embeddings', 'x']
    const vectors = await embedder.embedBatch(texts)
    expect(vectors.length).toBe(texts.length * model.dimension)
    for (const row of rows(vectors, model.dimension)) {
      const norm = Math.hypot(...row)
      expect(Math.abs(norm - 1)).toBeLessThan(1e-6)
    }
    const alone = await embedder.embedBatch([texts[1]])
    expect(bytes(rows(vectors, model.dimension)[1])).not.toEqual(
      bytes(rows(vectors, model.dimension)[0])
    )
    expect(
      Math.max(...alone.map((v, d) => Math.abs(v - vectors[model.dimension + d])))
    ).toBeLessThan(1e-3)
  })

  it('gives a text the same bits whatever equal-length texts share its batch', async () => {
    const texts = textsOfLength(count, 12, 6)
    const alone = await Promise.all(texts.map(text => embedder.embedBatch([text])))
    const together = rows(await embedder.embedBatch(texts), model.dimension)
    const reversed = rows(
      await embedder.embedBatch([...texts].reverse()),
      model.dimension
    ).reverse()
    texts.forEach((_, i) => {
      expect(bytes(together[i])).toEqual(bytes(alone[i]))
      expect(bytes(reversed[i])).toEqual(bytes(alone[i]))
    })
  })

  it('embeds a text longer than the model window as its first window of tokens', async () => {
    const { maxPositions } = await readModelShape(model.dir)
    const [windowFull] = textsOfLength(count, maxPositions, 1)
    const longer = `${windowFull} ${'tail '.repeat(300)}`
    expect(count(longer)).toBeGreaterThan(maxPositions)
    const [truncated] = rows(await embedder.embedBatch([longer]), model.dimension)
    const [window] = rows(await embedder.embedBatch([windowFull]), model.dimension)
    expect(bytes(truncated)).toEqual(bytes(window))
  })
})
