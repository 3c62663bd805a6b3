import { AutoModel, AutoTokenizer, env, type Tensor } from '@huggingface/transformers'
import { fixtureModel } from '../../__tests__/helpers/model.js'

// Fixtures are local folders; nothing may reach for the Hugging Face hub.
env.allowRemoteModels = false

const SENTENCES = [
  'Hello, world!',
  'The quick brown fox jumps over the lazy dog.',
  'function add(a, b) { return a + b }'
]

/** Mean-pools over the attention mask and L2-normalises: one embedding per batch row. */
function meanPool(hidden: Tensor, attentionMask: Tensor): number[][] {
  const [batch, sequence, size] = hidden.dims
  const data = hidden.data as Float32Array
  const mask = attentionMask.data as BigInt64Array
  return Array.from({ length: batch }, (_, row) => {
    const sum = new Array<number>(size).fill(0)
    for (let token = 0; token < sequence; token++) {
      if (mask[row * sequence + token] === 0n) continue
      for (let k = 0; k < size; k++) sum[k] += data[(row * sequence + token) * size + k]
    }
    const norm = Math.hypot(...sum)
    return sum.map(v => v / norm)
  })
}

const cosine = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i], 0)

describe('fixture tokenizer', () => {
  it('tokenizes as bert-base-uncased', async () => {
    const tokenizer = await AutoTokenizer.from_pretrained(await fixtureModel('tiny'), {
      local_files_only: true
    })
    const single = tokenizer('Hello, world!')
    expect(Array.from(single.input_ids.data as BigInt64Array, Number)).toEqual([
      101, 7592, 1010, 2088, 999, 102
    ])
    // Accents stripped, lowercased, WordPiece continuations, [UNK], and the pair template.
    const pair = tokenizer('Héllo WÖRLD', { text_pair: 'unbelievably 你' })
    expect(tokenizer.decode(Array.from(pair.input_ids.data as BigInt64Array, Number))).toBe(
      '[CLS] hello world [SEP] unbelievably [UNK] [SEP]'
    )
    expect(Array.from(pair.token_type_ids!.data as BigInt64Array, Number)).toEqual([
      0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1
    ])
  })
})

describe.each([
  ['tiny', 32],
  ['minilm', 384]
] as const)('fixture model %s', (preset, hiddenSize) => {
  let folder: string
  beforeAll(async () => {
    folder = await fixtureModel(preset, true)
  })

  async function embed(dtype: 'fp32' | 'q8', sentences: string[]): Promise<number[][]> {
    const tokenizer = await AutoTokenizer.from_pretrained(folder, { local_files_only: true })
    const model = await AutoModel.from_pretrained(folder, { local_files_only: true, dtype })
    try {
      const inputs = tokenizer(sentences, { padding: true })
      const { last_hidden_state: hidden } = await model(inputs)
      expect(hidden.dims).toEqual([sentences.length, inputs.input_ids.dims[1], hiddenSize])
      expect((hidden.data as Float32Array).every(Number.isFinite)).toBe(true)
      return meanPool(hidden, inputs.attention_mask)
    } finally {
      await model.dispose()
    }
  }

  it('q8 embeddings stay close to fp32', async () => {
    const fp32 = await embed('fp32', SENTENCES)
    const q8 = await embed('q8', SENTENCES)
    for (let i = 0; i < SENTENCES.length; i++) expect(cosine(fp32[i], q8[i])).toBeGreaterThan(0.99)
    // Distinct sentences give distinct embeddings.
    expect(cosine(fp32[0], fp32[1])).toBeLessThan(0.99)
  })

  it('padding leaves a sentence embedding unchanged (the additive mask works)', async () => {
    const [alone] = await embed('fp32', [SENTENCES[0]])
    // Batched with a longer sentence, SENTENCES[0] is padded to its length.
    const [padded] = await embed('fp32', [SENTENCES[0], SENTENCES[1]])
    expect(cosine(alone, padded)).toBeGreaterThan(1 - 1e-6)
  })
})
