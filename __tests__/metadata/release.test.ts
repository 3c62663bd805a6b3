/**
 * Release metadata that must agree across files: the licence, the Node version, Dependabot's
 * coverage, and the `uses:` lines users copy from the README (the workflows are the source:
 * Dependabot keeps their actions on the current major, this keeps the README in step).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../helpers/run-index.js'

const read = (file: string): string => readFileSync(join(repoRoot, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as { version: string; license: string }

/** `uses: owner/repo[/path]@ref` lines (not local `./` ones), as [action, ref]. */
function usesLines(text: string): [string, string][] {
  return [...text.matchAll(/uses:\s*([\w.-]+\/[\w./-]+)@([\w.-]+)/g)].map(m => [m[1], m[2]])
}

const workflows = readdirSync(join(repoRoot, '.github/workflows'))
  .filter(name => /\.ya?ml$/.test(name))
  .map(name => read(`.github/workflows/${name}`))

test('LICENSE is the licence package.json names', () => {
  expect([read('LICENSE').split('\n')[0], pkg.license]).toEqual(['MIT License', 'MIT'])
})

test(".node-version names the Node major of action.yml's runtime, which CI tests", () => {
  const action = parse(read('action.yml')) as { runs: { using: string } }
  const version = read('.node-version').trim()
  expect(`node${version}`).toBe(action.runs.using)
  const ci = parse(read('.github/workflows/ci.yml')) as {
    jobs: { check: { strategy: { matrix: { node: (string | number)[] } } } }
  }
  expect(ci.jobs.check.strategy.matrix.node.map(String)).toContain(version)
})

test('Dependabot watches npm and the workflows’ actions', () => {
  const config = parse(read('.github/dependabot.yml')) as {
    version: number
    updates: { 'package-ecosystem': string; directory: string }[]
  }
  expect(config.version).toBe(2)
  expect(config.updates.map(u => [u['package-ecosystem'], u.directory]).sort()).toEqual([
    ['github-actions', '/'],
    ['npm', '/']
  ])
})

test('each action is on one version across the workflows, and the README names the same', () => {
  const versions = new Map<string, Set<string>>()
  for (const [action, ref] of workflows.flatMap(usesLines)) {
    versions.set(action, (versions.get(action) ?? new Set()).add(ref))
  }
  const mixed = [...versions].filter(([, refs]) => refs.size > 1)
  expect(mixed).toEqual([])
  const readme = usesLines(read('README.md')).filter(([action]) => !action.endsWith('/embed-index'))
  expect(readme.length).toBeGreaterThan(0)
  for (const [action, ref] of readme) {
    expect({ action, ref }).toEqual({ action, ref: [...(versions.get(action) ?? [])][0] })
  }
})

test("the README's `uses:` of this action names the major tag of package.json's version", () => {
  const own = usesLines(read('README.md')).filter(([action]) => action.endsWith('/embed-index'))
  expect(own.length).toBeGreaterThan(0)
  const major = `v${pkg.version.split('.')[0]}`
  expect(own.map(([action, ref]) => `${action}@${ref}`)).toEqual(
    own.map(() => `OWNER/embed-index@${major}`)
  )
})
