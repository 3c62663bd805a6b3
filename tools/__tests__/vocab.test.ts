import { loadBertVocab, SPECIAL_TOKEN_IDS, toWordPieceVocab } from '../fixture-model/vocab.js'

describe('toWordPieceVocab', () => {
  it("turns '▁' word starts into bare words and the rest into ## continuations, keeping ids", () => {
    expect(
      toWordPieceVocab(['[PAD]', '\u2581', '\u2581hello', 'llo', '[unused7]', '[CLS]'])
    ).toEqual(['[PAD]', '[unused0]', 'hello', '##llo', '[unused7]', '[CLS]'])
  })
})

describe('loadBertVocab', () => {
  it("is bert-base-uncased's vocabulary", async () => {
    const vocab = await loadBertVocab()
    expect(vocab).toHaveLength(30522)
    for (const [token, id] of Object.entries(SPECIAL_TOKEN_IDS)) expect(vocab[id]).toBe(token)
    expect(vocab.slice(0, 2)).toEqual(['[PAD]', '[unused0]'])
    expect(vocab[1996]).toBe('the')
    expect(vocab[7592]).toBe('hello')
    expect(vocab[2015]).toBe('##s')
    expect(vocab[30521]).toBe('##～')
  })
})
