import { githubToken, NoTokenError } from '../../src/pull/token.js'

test('GITHUB_TOKEN is taken first, then GH_TOKEN', async () => {
  expect(await githubToken({ GITHUB_TOKEN: 'one', GH_TOKEN: 'two' })).toBe('one')
  expect(await githubToken({ GITHUB_TOKEN: ' ', GH_TOKEN: 'two' })).toBe('two')
})

test('without a token in the environment nor a gh to ask, the error says how to give one', async () => {
  // No PATH: `gh` cannot be found.
  const error = await githubToken({ PATH: '' }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(NoTokenError)
  expect((error as Error).message).toMatch(
    /^no GitHub token: set GITHUB_TOKEN or GH_TOKEN .*gh auth login/
  )
})
