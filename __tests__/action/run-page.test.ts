/**
 * The workflow run's link in the report is built from the runner's environment only when each
 * part has its expected shape; anything else gives no link rather than a link elsewhere.
 */
import { runnerFigures, workflowRunUrl } from '../../src/action/run-page.js'

const env = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/widgets',
  GITHUB_RUN_ID: '123456789'
}

test('the run page of a well-formed environment, on github.com or a GitHub Enterprise host', () => {
  expect(workflowRunUrl(env)).toBe('https://github.com/octo/widgets/actions/runs/123456789')
  expect(workflowRunUrl({ ...env, GITHUB_SERVER_URL: 'https://ghe.example.com:8443/' })).toBe(
    'https://ghe.example.com:8443/octo/widgets/actions/runs/123456789'
  )
})

test.each([
  ['no server', { GITHUB_SERVER_URL: undefined }],
  ['another scheme', { GITHUB_SERVER_URL: 'javascript:alert(1)//' }],
  ['credentials in the server', { GITHUB_SERVER_URL: 'https://user:pw@github.com' }],
  ['a parenthesis in the server', { GITHUB_SERVER_URL: 'https://github.com/a)b/' }],
  ['a path after the server', { GITHUB_SERVER_URL: 'https://github.com/evil/' }],
  ['a repository of another shape', { GITHUB_REPOSITORY: 'octo/widgets/../evil' }],
  ['a run id that is not a number', { GITHUB_RUN_ID: '12)(x' }],
  ['no run id', { GITHUB_RUN_ID: undefined }]
])('no link for %s', (_, changes) => {
  expect(workflowRunUrl({ ...env, ...changes })).toBeUndefined()
})

test("the runner: RUNNER_OS and RUNNER_ARCH where set, and this machine's cores", () => {
  const runner = runnerFigures({ RUNNER_OS: 'Linux', RUNNER_ARCH: 'ARM64' })
  expect(runner).toMatchObject({ os: 'Linux', arch: 'ARM64' })
  expect(runner.cores).toBeGreaterThanOrEqual(1)
})
