// What the keyword index (BM25) calls: forEachRun to find a text's word runs, runTokens for the
// tokens each run counts as; and queryTerms for a query.
import { forEachRun, queryTerms, runTokens } from '../../src/serve/code-tokens.js'

const runs = (text: string): string[] => {
  const out: string[] = []
  forEachRun(text, run => out.push(run))
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
])('%s: the whole identifier, lowercased, then its segments and words', (run, expected) => {
  expect(runs(run)).toEqual([run])
  expect(runTokens(run)).toEqual(expected)
})

test('runs are cut at punctuation; a dot or dash joins only between word characters', () => {
  expect(runs('see a.b, then -x- and foo(bar) — end.')).toEqual([
    'see',
    'a.b',
    'then',
    'x',
    'and',
    'foo',
    'bar',
    'end'
  ])
  expect(runTokens('a.b')).toEqual(['a.b', 'a', 'b'])
})

test('a repeated word is a run each time, as written', () => {
  expect(runs('merge merge MERGE')).toEqual(['merge', 'merge', 'MERGE'])
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
