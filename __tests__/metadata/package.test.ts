import { readFileSync } from 'node:fs'
import { TOOL_VERSION } from '../../src/version.js'

test('TOOL_VERSION in src/version.ts is the version in package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  expect(TOOL_VERSION).toBe(pkg.version)
})
