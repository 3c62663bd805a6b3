import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chunkText } from '../../src/chunk/chunker.js'
import {
  analyseFile,
  chunkFile,
  chunkingSettings,
  CHUNKER_VERSION,
  LINE_CHUNKER_VERSION
} from '../../src/chunk/file-chunker.js'
import { Grammars, MAX_PARSE_CHARS } from '../../src/chunk/grammars.js'
import { LANGUAGES, languageOf } from '../../src/chunk/languages.js'
import { repoRoot } from '../helpers/run-index.js'
import { toyCountTokens } from './support.js'

const options = { maxTokens: 48, countTokens: toyCountTokens }
const python = LANGUAGES.find(l => l.name === 'python')!

/** Python, but for one line in forty that the parser cannot read. */
function pythonWithOneBadLine(): string {
  const lines: string[] = []
  for (let f = 0; f < 10; f++) lines.push(`def f${f}(x):`, `    y = x + ${f}`, '    return y', '')
  lines[21] = '    y = = ) x'
  return lines.join('\n')
}

describe('files the syntax does not cut', () => {
  it('cuts a file of no known language by the line rule, with no language and no symbols', async () => {
    const content = 'a,b,c\n'.repeat(40)
    const result = await chunkFile('data/table.csv', content, options)
    expect(result).toEqual({
      language: null,
      chunker: 'lines',
      chunks: chunkText(content, options)
    })
  })

  it('falls back to the line rule for a file the parser cannot read, keeping its language', async () => {
    const content = Array.from({ length: 30 }, (_, i) => `}{ ]] ${i} (( :: @@ ))`).join('\n')
    const result = await chunkFile('broken.py', content, options)
    expect(result.chunker).toBe('lines-parse-error')
    expect(result.language).toBe('python')
    expect(result.chunks).toEqual(chunkText(content, options))
    expect(result.chunks.every(c => c.symbol === undefined)).toBe(true)
  })

  it('keeps the syntax for a file with a few unreadable lines', async () => {
    const result = await chunkFile('mostly.py', pythonWithOneBadLine(), options)
    expect(result.chunker).toBe('syntax')
    expect(result.chunks.filter(c => c.symbol !== undefined).length).toBeGreaterThan(3)
  })

  it('does not parse a file over the size limit', async () => {
    const line = 'export const value = [1, 2, 3]\n'
    const content = line.repeat(Math.ceil(MAX_PARSE_CHARS / line.length) + 1)
    const result = await analyseFile('big.ts', content)
    expect(result.chunker).toBe('lines-over-budget')
    expect(result.language).toBe('typescript')
    expect(result.structure).toBeUndefined()
  })

  it("cuts by the line rule alone with the 'lines' rule, and says so in the settings", async () => {
    const content = await readFile(join(repoRoot, 'src/chunk/chunker.ts'), 'utf8')
    const result = await chunkFile('src/chunk/chunker.ts', content, options, 'lines')
    expect(result).toEqual({
      language: 'typescript',
      chunker: 'lines',
      chunks: chunkText(content, options)
    })
    expect(chunkingSettings(256, 'lines')).toEqual({
      chunker: LINE_CHUNKER_VERSION,
      max_tokens: 256
    })
    expect(chunkingSettings(256, 'syntax').chunker).toBe(CHUNKER_VERSION)
    expect((await chunkFile('src/chunk/chunker.ts', content, options)).chunker).toBe('syntax')
    expect(CHUNKER_VERSION).toMatch(/^syntax-cdc\/2\+[0-9a-f]{8}$/)
  })
})

describe('the parse budget', () => {
  it('is counted in parse work, the same on every parse, so the same file always gets the same chunker', async () => {
    const text = await readFile(join(repoRoot, 'src/pipeline/build-index.ts'), 'utf8')
    const typescript = LANGUAGES.find(l => l.name === 'typescript')!
    const works: number[] = []
    for (const grammars of [new Grammars(), new Grammars(), new Grammars()]) {
      for (let run = 0; run < 2; run++) {
        const parsed = await grammars.parse(text, typescript)
        if (!('tree' in parsed)) throw new Error('the whole budget should parse this file')
        parsed.tree.delete()
        works.push(parsed.work)
      }
    }
    const work = works[0]
    expect(work).toBeGreaterThan(10)
    expect(works).toEqual(works.map(() => work))
    // One call short of what it takes is over the budget, every time; exactly enough is not.
    const short = new Grammars(() => work - 1)
    for (let run = 0; run < 3; run++) {
      await expect(short.parse(text, typescript)).resolves.toEqual({ failure: 'over-budget' })
    }
    const enough = await new Grammars(() => work).parse(text, typescript)
    expect('tree' in enough && enough.work).toBe(work)
    if ('tree' in enough) enough.tree.delete()
  })
})

describe('the grammar files', () => {
  it('refuses a grammar whose bytes are not the pinned ones, and names a missing one', async () => {
    const grammars = new Grammars()
    const tampered = {
      ...python,
      name: 'python-tampered',
      grammar: { ...python.grammar, sha256: '0'.repeat(64) }
    }
    await expect(grammars.parse('x = 1\n', tampered)).rejects.toThrow(
      /tree-sitter-python\.wasm is not the file this chunker was built with/
    )
    const missing = {
      ...python,
      name: 'python-missing',
      grammar: { ...python.grammar, file: 'out/tree-sitter-none.wasm' }
    }
    await expect(grammars.parse('x = 1\n', missing)).rejects.toThrow(
      /tree-sitter file @repomix\/tree-sitter-wasms\/out\/tree-sitter-none\.wasm is missing/
    )
  })
})

describe('languageOf', () => {
  it.each([
    ['src/app.TS', '', 'typescript'],
    ['include/list.h', '', 'cpp'],
    ['lib/tasks/Rakefile', '', 'ruby'],
    ['bin/tool', '#!/usr/bin/env python3\nprint(1)\n', 'python'],
    ['bin/tool', '#!/usr/bin/env -S node --no-warnings\n', 'javascript'],
    ['bin/tool', '#!/bin/sh\necho hi\n', 'bash'],
    ['bin/tool', '#!/usr/bin/env FOO=1 ruby\n', 'ruby'],
    ['bin/tool', 'echo hi\n', null],
    ['notes.txt', '#!/bin/sh\n', null],
    ['.bashrc', '', null]
  ])('%s %j is %s', (path, content, expected) => {
    const found = languageOf(path, content)
    expect(found.kind === 'syntax' ? found.language.name : null).toBe(expected)
  })

  it('reads Markdown by its headings', () => {
    expect(languageOf('docs/README.md', '# Title\n').kind).toBe('markdown')
  })
})

describe('line endings', () => {
  it('gives a CRLF or CR file the chunks and symbols of the LF one', async () => {
    const content = await readFile(join(repoRoot, 'src/chunk/syntax.ts'), 'utf8')
    const lf = await chunkFile('syntax.ts', content, options)
    expect(lf.chunker).toBe('syntax')
    expect(await chunkFile('syntax.ts', content.replace(/\n/g, '\r\n'), options)).toEqual(lf)
    expect(await chunkFile('syntax.ts', content.replace(/\n/g, '\r'), options)).toEqual(lf)
  })
})
