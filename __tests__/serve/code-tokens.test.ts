import { forEachToken, queryTerms } from '../../src/serve/code-tokens.js'

const tokens = (text: string): string[] => {
  const out: string[] = []
  forEachToken(text, token => out.push(token))
  return out
}

test.each([
  ['buildIndex', ['buildindex', 'build', 'index']],
  ['snake_case_name', ['snake_case_name', 'snake', 'case', 'name']],
  ['kebab-case', ['kebab-case', 'kebab', 'case']],
  ['core.setFailed', ['core.setfailed', 'core', 'setfailed', 'set', 'failed']],
  ['HTMLParser', ['htmlparser', 'html', 'parser']],
  ['getHTTPResponseCode', ['gethttpresponsecode', 'get', 'http', 'response', 'code']],
  ['utf8Decode', ['utf8decode', 'utf8', 'decode']],
  ['$scope', ['$scope']],
  ['_private', ['_private']],
  ['Parser', ['parser']],
  ['README', ['readme']],
  ['été', ['été']]
])('%s: the whole identifier, lowercased, then its segments and words', (text, expected) => {
  expect(tokens(text)).toEqual(expected)
})

test('runs are cut at punctuation; a dot or dash joins only between word characters', () => {
  expect(tokens('see a.b, then -x- and foo(bar) — end.')).toEqual([
    'see',
    'a.b',
    'a',
    'b',
    'then',
    'x',
    'and',
    'foo',
    'bar',
    'end'
  ])
})

test('a repeated word is counted each time', () => {
  expect(tokens('merge merge MERGE')).toEqual(['merge', 'merge', 'merge'])
})

test('query terms are distinct; identifiers are its compound runs, whole', () => {
  expect(queryTerms('where is buildIndex called, build the index')).toEqual({
    terms: ['where', 'is', 'buildindex', 'build', 'index', 'called', 'the'],
    identifiers: ['buildindex']
  })
  expect(queryTerms('how are shards merged')).toEqual({
    terms: ['how', 'are', 'shards', 'merged'],
    identifiers: []
  })
  expect(queryTerms('  !! ')).toEqual({ terms: [], identifiers: [] })
})
