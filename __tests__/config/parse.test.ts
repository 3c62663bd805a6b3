import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCommandLine } from '../../src/cli/argv.js'
import {
  ConfigError,
  parseActionConfig,
  parseIndexCommand,
  parseQueryCommand,
  parseServeCommand,
  parseTreeConfig
} from '../../src/config/parse.js'

const root = mkdtempSync(join(tmpdir(), 'ei-config-'))

function cli(...args: string[]) {
  return parseIndexCommand(parseCommandLine('index', args).raw, root, {})
}

function cliError(...args: string[]): string {
  try {
    cli(...args)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error(`accepted: ${args.join(' ')}`)
}

test('defaults', () => {
  const config = cli('--out', 'idx')
  expect(config.root).toBe(root)
  expect(config.output).toBe(join(root, 'idx'))
  expect(config.workers).toBe('auto')
  expect(config.maxTokens).toBe(256)
  expect(config.maxFileBytes).toBe(1048576)
  expect(config.model).toMatchObject({
    id: 'Xenova/all-MiniLM-L6-v2',
    revision: 'main',
    dtype: 'fp32'
  })
  expect(config.model.hubUrl).toBe('https://huggingface.co')
  expect(config.gitignore).toBe(true)
  expect(config.excludeSecrets).toBe(true)
  expect(config.storeText).toBe(false)
  expect(config.reindex).toBe('incremental')
  expect(config.shard).toBeUndefined()
})

test('flags: repeatable, =value, booleans, --no-', () => {
  const config = cli(
    '--out=idx',
    '--include',
    'src/**',
    '--include',
    'docs/**',
    '--no-gitignore',
    '--store-text',
    '--workers',
    '3',
    '--shard',
    '2/4',
    '--dtype',
    'q8',
    '--hub-url',
    'http://127.0.0.1:9/'
  )
  expect(config.include).toEqual(['src/**', 'docs/**'])
  expect(config.gitignore).toBe(false)
  expect(config.storeText).toBe(true)
  expect(config.workers).toBe(3)
  expect(config.shard).toEqual({ number: 2, count: 4 })
  expect(config.model.dtype).toBe('q8')
  expect(config.model.hubUrl).toBe('http://127.0.0.1:9')
})

test.each([
  [['--workers', '0'], /--workers: "0" is not valid; expected 'auto' or an integer >= 1/],
  [['--workers', '-2'], /--workers/],
  [['--workers', '1.5'], /--workers/],
  [['--batch-size', '0'], /--batch-size: "0" is not valid; expected an integer from 1 to 512/],
  [['--batch-size', '100000'], /--batch-size/],
  [['--max-tokens', '4'], /--max-tokens: "4".*from 16 to 512/],
  [['--max-tokens', '9999'], /--max-tokens/],
  [['--dtype', 'fp16'], /--dtype: "fp16" is not valid; expected 'fp32' or 'q8'/],
  [['--shard', '0/2'], /--shard: "0\/2"/],
  [['--shard', '3/2'], /--shard: "3\/2"/],
  [['--shard', 'a/b'], /--shard: "a\/b"/],
  [
    ['--root', 'missing-dir'],
    /--root: ".*missing-dir" is not valid; expected an existing directory/
  ],
  [['--hub-url', 'ftp://x'], /--hub-url/],
  [['--model', '../evil'], /--model/],
  [['--gitignore=maybe'], /'--gitignore' does not take an argument/],
  [['--bogus', '1'], /Unknown option '--bogus'/],
  [['--workers'], /Option '--workers <value>' argument missing/],
  // an empty value is an error naming the flag, never a silent default.
  [['--root', ''], /--root is empty; expected an existing directory/],
  [['--include', ''], /--include is empty/],
  [['--prior', ''], /--prior is empty/],
  [['--workers', ''], /--workers is empty; expected 'auto' or an integer >= 1/],
  [['--model', ' '], /--model is empty/],
  // a pattern that can match nothing is an error naming the flag, not an empty index.
  [
    ['--include', '{'],
    /--include: "\{" is not valid; expected a glob relative to the root \(it has an unclosed '\{'\)/
  ],
  [['--include', '**/*.{ts'], /--include: "\*\*\/\*\.\{ts".*unclosed '\{'/],
  [['--include', 'src/**]'], /unmatched '\]'/],
  [['--include', '/etc/*'], /--include: "\/etc\/\*".*is absolute/],
  [['--exclude', 'C:/x/*'], /--exclude: .*is absolute/],
  [['--include', '../x/*'], /--include: "\.\.\/x\/\*".*climbs out of the root/]
])('rejects %j', (args, message) => {
  expect(cliError('--out', 'idx', ...args)).toMatch(message)
})

test('root must be a directory, not a file', () => {
  writeFileSync(join(root, 'file.txt'), 'x')
  expect(cliError('--out', 'idx', '--root', 'file.txt')).toMatch(/expected an existing directory/)
})

test('a bare folder name includes everything in it; a file name and escapes stay as written', () => {
  mkdirSync(join(root, 'docs'), { recursive: true })
  const config = cli(
    '--out',
    'idx',
    '--include',
    'docs',
    '--include',
    'docs/',
    '--include',
    'file.txt'
  )
  expect(config.include).toEqual(['docs/**', 'docs/**', 'file.txt'])
  expect(cli('--out', 'idx', '--include', 'a\\{b').include).toEqual(['a\\{b'])
})

test('the CLI needs --out', () => {
  expect(() => parseIndexCommand({}, root, {})).toThrow('--out is required')
})

test('booleans take exactly the YAML spellings of true and false', () => {
  expect(parseActionConfig({ gitignore: ['False'] }, root, {}).gitignore).toBe(false)
  expect(parseActionConfig({ gitignore: ['TRUE'] }, root, {}).gitignore).toBe(true)
  for (const text of ['yes', 'no', '1', '0', 'tRuE']) {
    expect(() => parseActionConfig({ gitignore: [text] }, root, {})).toThrow(
      /input 'gitignore'.*expected 'true' or 'false'/
    )
  }
})

test("query: model id, revision and dtype default to the index's, flags win", () => {
  const indexModel = { id: 'org/model', revision: 'abc', dtype: 'q8' as const }
  const query = (...args: string[]) =>
    parseQueryCommand(parseCommandLine('query', args).raw, indexModel, root, {})
  expect(query('--index', 'i', '--text', 'x').model).toMatchObject(indexModel)
  expect(query('--index', 'i', '--text', 'x', '--dtype', 'fp32').model.dtype).toBe('fp32')
  expect(() => query('--index', 'i')).toThrow('--text is required')
})

test('query and serve: the working tree, the search mode and the score floor', () => {
  const indexModel = { id: 'org/model', revision: 'abc', dtype: 'fp32' as const }
  const query = (...args: string[]) =>
    parseQueryCommand(
      parseCommandLine('query', ['--index', 'i', '--text', 'x', ...args]).raw,
      indexModel,
      root,
      {}
    )
  const serve = (...args: string[]) =>
    parseServeCommand(
      parseCommandLine('serve', ['--index', 'i', ...args]).raw,
      indexModel,
      root,
      {}
    )
  expect(query()).toMatchObject({ mode: 'hybrid', root: undefined, minScore: undefined, top: 10 })
  expect(query('--root', '.', '--mode', 'keyword', '--min-score=-0.5')).toMatchObject({
    root,
    mode: 'keyword',
    minScore: -0.5
  })
  expect(() => query('--mode', 'fuzzy')).toThrow(
    `--mode: "fuzzy" is not valid; expected 'semantic' or 'keyword' or 'hybrid'`
  )
  expect(() => query('--min-score=-2')).toThrow(
    /--min-score: "-2" is not valid; expected a number >= -1/
  )
  expect(() => query('--root', 'no-such-folder')).toThrow(/--root: ".*no-such-folder" is not valid/)
  expect(serve('--root', '.')).toEqual({ model: expect.objectContaining(indexModel) })
  expect(() => parseCommandLine('serve', ['--index', 'i', '--text', 'x'])).toThrow(/--text/)
  expect(() => serve('--model-revision', 'a..b')).toThrow(/--model-revision/)
})

test('query and serve: following the working tree, write-back and the scan flags', () => {
  const tree = (command: 'query' | 'serve', ...args: string[]) =>
    parseTreeConfig(parseCommandLine(command, args).raw, command, root, root)
  expect(tree('serve')).toEqual({
    watch: true,
    writeBack: false,
    scan: { include: [], exclude: [], gitignore: true, excludeSecrets: true, maxFileBytes: 1048576 }
  })
  expect(
    tree('serve', '--no-watch', '--write-back', '--exclude', 'gen/**', '--no-gitignore')
  ).toMatchObject({
    watch: false,
    writeBack: true,
    scan: { exclude: ['gen/**'], gitignore: false }
  })
  expect(tree('query', '--no-watch', '--max-file-bytes', '10')).toMatchObject({
    watch: false,
    writeBack: false,
    scan: { maxFileBytes: 10 }
  })
  expect(() => parseCommandLine('query', ['--write-back'])).toThrow(/--write-back/)
})

test('action inputs: names, defaults, errors spelled as inputs', () => {
  // The runner passes an omitted input as '' when it has no default.
  const config = parseActionConfig({ include: [], shard: [''], 'model-path': [''] }, root, {
    RUNNER_TEMP: '/rt'
  })
  expect(config.shard).toBeUndefined()
  expect(config.model.path).toBeUndefined()
  expect(config.output).toBe(join(root, 'embed-index'))
  expect(config.mode).toBe('index')
  expect(config.cache).toBe(true)
  expect(config.cacheKeyPrefix).toBe('embed-index')
  expect(config.model.cacheDir).toBe('/rt/embed-index/models')
  expect(() => parseActionConfig({ workers: ['zero'] }, root, {})).toThrow(
    /input 'workers': "zero" is not valid/
  )
  expect(() => parseActionConfig({ mode: ['merge'] }, root, {})).toThrow(/merge-from/)
  // an input with a default set to '' was set explicitly: an error, not the default.
  expect(() => parseActionConfig({ workers: [''] }, root, {})).toThrow(/input 'workers' is empty/)
  expect(() => parseActionConfig({ reindex: ['sometimes'] }, root, {})).toThrow(
    /input 'reindex'.*'incremental' or 'full'/
  )
})

test('max-slowdown takes a fraction from 0 to 1; comment and cache-cleanup are off by default', () => {
  expect(parseActionConfig({ 'max-slowdown': ['0.25'] }, root, {}).maxSlowdown).toBe(0.25)
  expect(parseActionConfig({ 'max-slowdown': [''] }, root, {}).maxSlowdown).toBeUndefined()
  for (const text of ['1.5', '-0.1', '25%', 'NaN']) {
    expect(() => parseActionConfig({ 'max-slowdown': [text] }, root, {})).toThrow(
      `input 'max-slowdown': ${JSON.stringify(text)} is not valid; expected a number from 0 to 1`
    )
  }
  const config = parseActionConfig({}, root, {})
  expect([config.comment, config.cacheCleanup]).toEqual([false, false])
})
