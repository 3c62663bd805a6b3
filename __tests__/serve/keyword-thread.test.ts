import { queryTerms } from '../../src/serve/code-tokens.js'
import { KeywordIndex } from '../../src/serve/keyword-index.js'
import { KeywordThread } from '../../src/serve/keyword-thread.js'

const texts = ['export function buildIndex() {}', undefined, 'build the index', 'unrelated']

test('the thread answers as the index itself does, once built', async () => {
  const thread = new KeywordThread(texts)
  try {
    const query = queryTerms('buildIndex')
    // Asked before it is built: the answer waits.
    const early = thread.match(query)
    expect(await thread.ready).toBe(3)
    expect(thread.documents).toBe(3)
    const expected = KeywordIndex.build(texts).match(query)
    expect(await early).toEqual(expected)
    expect(await thread.match(queryTerms('unrelated'))).toEqual(
      KeywordIndex.build(texts).match(queryTerms('unrelated'))
    )
  } finally {
    await thread.close()
  }
})

test('a thread that has gone answers with an error, not silence', async () => {
  const thread = new KeywordThread(texts)
  await thread.ready
  await thread.close()
  await expect(thread.match(queryTerms('index'))).rejects.toThrow(
    /^the keyword index failed: its thread exited/
  )
  expect(thread.failure?.message).toMatch(/^the keyword index failed/)
})
