/**
 * action.yml and the README against the tables they document: the inputs are the action-surface
 * entries of the option table (src/config/options.ts) with its help and defaults; the outputs
 * carrying figures are those of STATS_FIELDS with their descriptions; the README's inputs and
 * outputs tables list the same, as rendered here. (That run() reads every input and sets every
 * output is checked by __tests__/main.int.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { flagOf, optionSpec, optionsOf } from '../../src/config/options.js'
import { STATS_FIELDS } from '../../src/report/stats.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(join(root, file), 'utf8')

interface ActionYml {
  inputs: Record<string, { description?: unknown; default?: unknown; required?: unknown }>
  outputs: Record<string, { description?: unknown }>
  runs: { using?: unknown; main?: unknown }
}

const action = parse(read('action.yml')) as ActionYml
const readme = read('README.md')

test('action.yml inputs are the option table’s action inputs, with its help and defaults', () => {
  const expected = Object.fromEntries(
    optionsOf('action').map(name => {
      const spec = optionSpec(name)
      return [
        name,
        {
          description: spec.help,
          required: false,
          ...(spec.default !== undefined ? { default: spec.default } : {})
        }
      ]
    })
  )
  expect(action.inputs).toEqual(expected)
})

test('action.yml outputs describe the figures as STATS_FIELDS does', () => {
  for (const field of STATS_FIELDS) {
    if (!('output' in field)) continue
    expect({ [field.output.name]: action.outputs[field.output.name]?.description }).toEqual({
      [field.output.name]: field.output.description
    })
  }
})

test('action.yml runs dist/index.js on node24', () => {
  expect(action.runs).toEqual(expect.objectContaining({ using: 'node24', main: 'dist/index.js' }))
})

/** The rows of the table under the heading `title`, as trimmed cells. */
function tableRows(title: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.findIndex(line => new RegExp(`^#{1,6}\\s+${title}\\s*$`, 'i').test(line))
  if (start < 0) return []
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#/.test(line)) break
    if (!line.startsWith('| `')) continue
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(cell => cell.trim().replace(/\\\|/g, '|'))
    )
  }
  return rows
}

/** A table cell as Prettier leaves Markdown: a code span, or a dash for nothing. */
const code = (text: string | undefined): string => (text === undefined ? '' : `\`${text}\``)

test('the README inputs table is the option table’s action inputs: help, default, CLI flag', () => {
  const expected = optionsOf('action').map(name => {
    const spec = optionSpec(name)
    const cli = spec.surfaces.includes('index')
      ? code(spec.value.kind === 'boolean' ? `--[no-]${flagOf(name)}` : `--${flagOf(name)}`)
      : '—'
    return [code(name), spec.help, code(spec.default), cli]
  })
  // Markdown escapes what would read as emphasis in the help texts.
  const unescape = (cell: string) => cell.replace(/\\([*_])/g, '$1')
  expect(tableRows('Inputs').map(row => row.map(unescape))).toEqual(expected)
})

test('the README outputs table lists exactly the outputs of action.yml', () => {
  const names = tableRows('Outputs').map(row => row[0])
  expect(names.sort()).toEqual(Object.keys(action.outputs).map(code).sort())
})

const distBuilt = existsSync(join(root, 'dist', 'index.js'))
const testIfBuilt = distBuilt ? test : test.skip

testIfBuilt(
  `dist/bundle.licenses.txt names the bundled packages${distBuilt ? '' : ' (skipped: dist/ is not built, run npm run package)'}`,
  () => {
    const licenses = readFileSync(join(root, 'dist', 'bundle.licenses.txt'), 'utf8')
    for (const name of ['@huggingface/transformers', 'onnxruntime', '@actions/core']) {
      expect({ name, listed: licenses.includes(name) }).toEqual({ name, listed: true })
    }
  }
)
