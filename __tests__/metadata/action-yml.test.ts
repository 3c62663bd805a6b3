/**
 * action.yml against the code: its inputs are the action-surface entries of the options table,
 * with the same defaults, and the code reads each one; its outputs are exactly those
 * src/action.ts sets; the README documents both; the bundle's licences are laid beside it.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { parse } from 'yaml'
import { INDEX_OPTIONS } from '../../src/config/options.js'
import { parseActionConfig } from '../../src/config/parse.js'
import type { RawOptions } from '../../src/config/types.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(join(root, file), 'utf8')

interface ActionYml {
  inputs: Record<string, { description?: unknown; default?: unknown }>
  outputs: Record<string, { description?: unknown }>
  runs: { using?: unknown; main?: unknown }
}

const action = parse(read('action.yml')) as ActionYml
const inputNames = Object.keys(action.inputs).sort()
const outputNames = Object.keys(action.outputs).sort()
const actionOptions = INDEX_OPTIONS.filter(option => option.surfaces.includes('action'))

/** Every node below `node`, depth first. */
function* descendants(node: ts.Node): Generator<ts.Node> {
  for (const child of node.getChildren()) {
    yield child
    yield* descendants(child)
  }
}

function sourceFile(file: string): ts.SourceFile {
  return ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true)
}

/** `core.<method>(...)` */
function isCoreCall(node: ts.Node, method: string): node is ts.CallExpression {
  return (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.expression.getText() === 'core' &&
    node.expression.name.text === method
  )
}

function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1
}

/**
 * The object literal whose entries a `core.setOutput(name, ...)` call inside
 * `for (const [name, value] of Object.entries(<object>))` sets, or undefined.
 */
function iteratedObject(
  call: ts.CallExpression,
  name: string
): ts.ObjectLiteralExpression | undefined {
  let loop: ts.Node | undefined = call.parent
  while (loop && !ts.isForOfStatement(loop)) loop = loop.parent
  if (!loop || !ts.isForOfStatement(loop) || !ts.isVariableDeclarationList(loop.initializer)) return
  const binding = loop.initializer.declarations[0]?.name
  const first = binding && ts.isArrayBindingPattern(binding) ? binding.elements[0] : undefined
  if (!first || !ts.isBindingElement(first) || first.name.getText() !== name) return
  const entries = loop.expression
  if (!ts.isCallExpression(entries) || entries.expression.getText() !== 'Object.entries') return
  const objectName = entries.arguments[0]?.getText()
  for (const node of descendants(call.getSourceFile())) {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === objectName &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      return node.initializer
    }
  }
}

/** The output names src/action.ts sets: literal `core.setOutput` names and iterated objects' keys. */
function outputsSetByAction(): string[] {
  const names = new Set<string>()
  for (const node of descendants(sourceFile('src/action.ts'))) {
    if (!isCoreCall(node, 'setOutput')) continue
    const [first] = node.arguments
    if (ts.isStringLiteral(first)) {
      names.add(first.text)
      continue
    }
    const object = ts.isIdentifier(first) ? iteratedObject(node, first.text) : undefined
    // An output name this test cannot resolve would slip past it: make it say so.
    if (!object) throw new Error(`src/action.ts:${lineOf(node)}: cannot tell which output is set`)
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || ts.isComputedPropertyName(property.name)) {
        throw new Error(`src/action.ts:${lineOf(property)}: cannot tell the output's name`)
      }
      names.add(property.name.text)
    }
  }
  return [...names].sort()
}

describe('action.yml inputs', () => {
  test('are the action-surface options of src/config/options.ts', () => {
    expect(inputNames).toEqual(actionOptions.map(option => option.name).sort())
  })

  test('have the same defaults as src/config/options.ts', () => {
    const yamlDefaults = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        input.default === undefined ? undefined : String(input.default)
      ])
    )
    const tableDefaults = Object.fromEntries(
      actionOptions.map(option => [option.name, option.default])
    )
    expect(yamlDefaults).toEqual(tableDefaults)
  })

  test('each have a description', () => {
    const undescribed = inputNames.filter(name => {
      const description = action.inputs[name].description
      return typeof description !== 'string' || description.trim() === ''
    })
    expect(undescribed).toEqual([])
  })

  test('are all fetched from @actions/core by src/action.ts, in a loop over INDEX_OPTIONS', () => {
    const loop = [...descendants(sourceFile('src/action.ts'))].find(
      (node): node is ts.ForOfStatement =>
        ts.isForOfStatement(node) && node.expression.getText() === 'INDEX_OPTIONS'
    )
    expect(loop).toBeDefined()
    const spec = loop!.initializer.getText().replace(/^const\s+/, '')
    const calls = [...descendants(loop!.statement)]
      .filter(
        (node): node is ts.CallExpression =>
          isCoreCall(node, 'getInput') || isCoreCall(node, 'getMultilineInput')
      )
      .map(call => call.getText())
    // Multi-line inputs (include, exclude, merge-from) one value a line, the others whole.
    expect(calls.sort()).toEqual([
      `core.getInput(${spec}.name)`,
      `core.getMultilineInput(${spec}.name)`
    ])
  })

  test('are all read by parseActionConfig, given the values the runner passes', () => {
    // The runner passes each input that a workflow leaves out as its action.yml default.
    const raw: RawOptions = Object.fromEntries(
      Object.entries(action.inputs).map(([name, input]) => [
        name,
        [input.default === undefined ? '' : String(input.default)]
      ])
    )
    const looked = new Set<string>()
    const watched = new Proxy(raw, {
      get(target, key, receiver) {
        if (typeof key === 'string') looked.add(key)
        return Reflect.get(target, key, receiver)
      }
    })
    const cwd = mkdtempSync(join(tmpdir(), 'ei-metadata-'))
    parseActionConfig(watched, cwd, {})
    expect(inputNames.filter(name => !looked.has(name))).toEqual([])
  })
})

describe('action.yml outputs', () => {
  test('are exactly the outputs src/action.ts sets', () => {
    expect(outputNames).toEqual(outputsSetByAction())
  })

  test('each have a description', () => {
    const undescribed = outputNames.filter(name => {
      const description = action.outputs[name].description
      return typeof description !== 'string' || description.trim() === ''
    })
    expect(undescribed).toEqual([])
  })
})

test('action.yml runs dist/index.js on node24', () => {
  expect(action.runs).toEqual(expect.objectContaining({ using: 'node24', main: 'dist/index.js' }))
})

/** Names in the first column of the table under the heading `title` (any level). */
function tableNames(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex(line => new RegExp(`^#{1,6}\\s+${title}\\s*$`, 'i').test(line))
  if (start < 0) return []
  const names: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#/.test(line)) break
    const row = /^\|\s*`([^`]+)`\s*\|/.exec(line)
    if (row) names.push(row[1])
  }
  return names.sort()
}

// These fail until the README has its "Inputs" and "Outputs" tables: that is intended.
describe('README.md', () => {
  const readme = existsSync(join(root, 'README.md')) ? read('README.md') : ''

  test('lists every input, and only those, in the table under its "Inputs" heading', () => {
    expect(tableNames(readme, 'Inputs')).toEqual(inputNames)
  })

  test('lists every output, and only those, in the table under its "Outputs" heading', () => {
    expect(tableNames(readme, 'Outputs')).toEqual(outputNames)
  })
})

const distBuilt = existsSync(join(root, 'dist', 'index.js'))
const testIfBuilt = distBuilt ? test : test.skip

testIfBuilt(
  `dist/index.licenses.txt names the bundled packages${distBuilt ? '' : ' (skipped: dist/ is not built, run npm run package)'}`,
  () => {
    const file = join(root, 'dist', 'index.licenses.txt')
    expect(existsSync(file)).toBe(true)
    const licenses = readFileSync(file, 'utf8')
    for (const name of ['@huggingface/transformers', 'onnxruntime', '@actions/core']) {
      expect({ name, listed: licenses.includes(name) }).toEqual({ name, listed: true })
    }
  }
)
