/**
 * `npm run sync:inputs`: rewrites action.yml's `inputs:` block and the README's "Inputs" table
 * from the option table (src/config/options.ts), so a new or changed option is written once.
 * __tests__/metadata/action-yml.test.ts fails when they drift.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import { flagOf, optionSpec, optionsOf } from '../src/config/options.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

function actionInputs(): string {
  const inputs = Object.fromEntries(
    optionsOf('action').map(name => {
      const spec = optionSpec(name)
      const input = { description: spec.help, required: false, default: spec.default }
      if (spec.default === undefined) delete input.default
      return [name, input]
    })
  )
  return stringify(
    { inputs },
    { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' }
  )
}

/** Markdown escapes what would read as emphasis or a cell border. */
const cell = (text: string): string => text.replace(/([*_|])/g, '\\$1')
const code = (text: string | undefined): string => (text === undefined ? '' : `\`${text}\``)

function readmeTable(): string {
  const rows = optionsOf('action').map(name => {
    const spec = optionSpec(name)
    const flag = spec.value.kind === 'boolean' ? `--[no-]${flagOf(name)}` : `--${flagOf(name)}`
    const cli = spec.surfaces.includes('index') ? code(flag) : '—'
    return `| ${code(name)} | ${cell(spec.help)} | ${code(spec.default)} | ${cli} |`
  })
  return [
    '| input | description | default | CLI flag |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

const actionFile = join(root, 'action.yml')
const action = readFileSync(actionFile, 'utf8')
const start = action.indexOf('inputs:\n')
const end = action.indexOf('\noutputs:\n')
writeFileSync(actionFile, action.slice(0, start) + actionInputs().trimEnd() + action.slice(end))

const readmeFile = join(root, 'README.md')
const readme = readFileSync(readmeFile, 'utf8')
const tableStart = readme.indexOf('| input ')
const tableEnd = readme.indexOf('\n\n', tableStart)
writeFileSync(readmeFile, readme.slice(0, tableStart) + readmeTable() + readme.slice(tableEnd))
console.log('action.yml inputs and the README inputs table written from src/config/options.ts')
