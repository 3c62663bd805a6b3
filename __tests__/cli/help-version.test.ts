/**
 * The CLI's manners before any work: `--version`, `--help` for the CLI and for each command
 * (generated from the option table), and an unknown command answered with the nearest one.
 */
import { jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCli } from '../../src/cli/index.js'
import { nearest } from '../../src/cli/nearest.js'
import { COMMANDS, ConfigError, flagOf, optionsOf } from '../../src/config/index.js'
import { TOOL_VERSION } from '../../src/version.js'
import { repoRoot } from '../helpers/run-index.js'

let printed: string

beforeEach(() => {
  printed = ''
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    printed += String(chunk)
    return true
  })
})

afterEach(() => jest.restoreAllMocks())

/** A flag as help lists it: `--name VALUE`, or `--[no-]name` for a boolean. */
function listed(name: Parameters<typeof flagOf>[0]): RegExp {
  return new RegExp(`^  --(\\[no-\\])?${flagOf(name)} `, 'm')
}

test.each(['--version', '-V'])('%s prints the one tool version and exits 0', async flag => {
  expect(await runCli([flag])).toBe(0)
  expect(printed).toBe(`${TOOL_VERSION}\n`)
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  expect(printed.trim()).toBe(pkg.version)
})

describe.each(COMMANDS)('%s', command => {
  test.each(['--help', '-h'])(
    `${command} %s prints that command's flags and exits 0`,
    async flag => {
      // After other flags too, and even beside one that would otherwise be refused.
      expect(await runCli([command, '--no-such-flag', flag])).toBe(0)
      expect(printed).toMatch(new RegExp(`^usage: embed-index ${command} `))
      for (const name of optionsOf(command)) expect(printed).toMatch(listed(name))
      const others = COMMANDS.filter(other => other !== command)
      for (const other of others)
        expect(printed).not.toMatch(new RegExp(`^usage: embed-index ${other}`, 'm'))
    }
  )

  test(`help ${command} prints the same as ${command} --help`, async () => {
    await runCli([command, '--help'])
    const viaFlag = printed
    printed = ''
    expect(await runCli(['help', command])).toBe(0)
    expect(printed).toBe(viaFlag)
  })
})

test('a --help after `--` is a positional, not a request for help', async () => {
  await expect(runCli(['verify', '--', '--help'])).rejects.toThrow(/unexpected argument --help/)
  expect(printed).toBe('')
})

test('the CLI help lists every command and every flag', async () => {
  expect(await runCli(['--help'])).toBe(0)
  for (const command of COMMANDS) {
    expect(printed).toContain(`${command} flags:`)
    for (const name of optionsOf(command)) expect(printed).toMatch(listed(name))
  }
})

test.each([
  ['qeury', 'query'],
  ['idnex', 'index'],
  ['serv', 'serve'],
  ['verfiy', 'verify'],
  ['MERGE', 'merge']
])('the unknown command %s suggests %s and is a usage error (exit 2)', async (typo, meant) => {
  const run = runCli([typo, '--index', 'x'])
  await expect(run).rejects.toThrow(ConfigError)
  await expect(run).rejects.toThrow(`did you mean ${meant}?`)
})

test('an unknown command far from every command suggests nothing', async () => {
  const run = runCli(['deploy'])
  await expect(run).rejects.toThrow(ConfigError)
  await expect(run).rejects.not.toThrow(/did you mean/)
})

test('nearest: within two edits, never a whole-word replacement', () => {
  expect(nearest('quer', COMMANDS)).toBe('query')
  expect(nearest('x', COMMANDS)).toBeUndefined()
  expect(nearest('ab', ['index'])).toBeUndefined()
  expect(nearest('inde', ['index', 'indexes'])).toBe('index')
})
