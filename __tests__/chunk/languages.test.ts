import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chunkLines } from '../../src/chunk/line-rule.js'
import { analyseFile, type FileAnalysis } from '../../src/chunk/file-chunker.js'
import { TIER } from '../../src/chunk/structure.js'
import { toyCountTokens } from '../helpers/chunk-text.js'

const FIXTURES = join(import.meta.dirname, 'fixtures')

/**
 * Per fixture (__tests__/chunk/fixtures/NAME.fixture, read as NAME): its language and every
 * declaration, as its first line (leading comments, decorators and attributes included) and the
 * symbol path of that line.
 */
const EXPECTED: Record<string, { language: string; declarations: [number, string][] }> = {
  'sample.ts': {
    language: 'typescript',
    declarations: [
      [6, 'class Cluster'],
      [11, 'class Cluster > method run'],
      [18, 'class Cluster > method start'],
      [24, 'interface Runner'],
      [25, 'interface Runner > method run'],
      [28, 'type Job'],
      [30, 'function readOptions'],
      [38, 'enum Color'],
      [42, 'namespace Tools'],
      [43, 'namespace Tools > function helper']
    ]
  },
  'sample.tsx': {
    language: 'tsx',
    declarations: [
      [3, 'function Button'],
      [8, 'function List'],
      [16, 'class Panel'],
      [17, 'class Panel > method render']
    ]
  },
  'sample.js': {
    language: 'javascript',
    declarations: [
      [5, 'function join'],
      [12, 'class Store'],
      [13, 'class Store > method constructor'],
      [17, 'class Store > method get'],
      [22, 'function load']
    ]
  },
  'sample.py': {
    language: 'python',
    declarations: [
      [8, 'class Cluster'],
      [15, 'class Cluster > method name'],
      [19, 'class Cluster > method run'],
      [23, 'class Cluster > method run > function inner'],
      [29, 'function main']
    ]
  },
  'sample.go': {
    language: 'go',
    declarations: [
      [8, 'struct Cluster'],
      [13, 'interface Runner'],
      [14, 'interface Runner > method Run'],
      [17, 'type Limit'],
      [19, 'method Cluster.Run'],
      [27, 'function main']
    ]
  },
  'sample.rs': {
    language: 'rust',
    declarations: [
      [3, 'struct Cluster'],
      [9, 'impl Cluster'],
      [10, 'impl Cluster > method new'],
      [15, 'impl Cluster > method run'],
      [22, 'impl fmt::Display for Cluster'],
      [23, 'impl fmt::Display for Cluster > method fmt'],
      [28, 'trait Runner'],
      [29, 'trait Runner > method run'],
      [32, 'enum State'],
      [36, 'module tools'],
      [37, 'module tools > function helper'],
      [42, 'macro square'],
      [48, 'type Size']
    ]
  },
  'Sample.java': {
    language: 'java',
    declarations: [
      [5, 'class Cluster'],
      [12, 'class Cluster > constructor Cluster'],
      [17, 'class Cluster > method run'],
      [24, 'class Cluster > interface Runner'],
      [25, 'class Cluster > interface Runner > method run'],
      [28, 'class Cluster > enum State'],
      [30, 'class Cluster > class Job']
    ]
  },
  'sample.c': {
    language: 'c',
    declarations: [
      [6, 'struct point'],
      [12, 'type cluster'],
      [16, 'enum state'],
      [18, 'function add'],
      [25, 'function make'],
      [30, 'function main']
    ]
  },
  'sample.cpp': {
    language: 'cpp',
    declarations: [
      [3, 'namespace tools'],
      [5, 'namespace tools > class Cluster'],
      [11, 'namespace tools > class Cluster > method run'],
      [21, 'namespace tools > function Cluster<T>::Cluster'],
      [24, 'namespace tools > struct Point'],
      [30, 'function main']
    ]
  },
  'sample.cs': {
    language: 'csharp',
    declarations: [
      [4, 'namespace Example'],
      [6, 'namespace Example > class Cluster'],
      [12, 'namespace Example > class Cluster > constructor Cluster'],
      [17, 'namespace Example > class Cluster > method Run'],
      [27, 'namespace Example > interface IRunner'],
      [29, 'namespace Example > interface IRunner > method Run'],
      [32, 'namespace Example > struct Point'],
      [34, 'namespace Example > enum State']
    ]
  },
  'sample.rb': {
    language: 'ruby',
    declarations: [
      [3, 'module Tools'],
      [5, 'module Tools > class Cluster'],
      [9, 'module Tools > class Cluster > method initialize'],
      [13, 'module Tools > class Cluster > method run'],
      [19, 'module Tools > class Cluster > method self.build'],
      [25, 'function main']
    ]
  },
  'sample.php': {
    language: 'php',
    declarations: [
      [2, 'namespace App'],
      [6, 'class Cluster'],
      [14, 'class Cluster > method run'],
      [22, 'interface Runner'],
      [24, 'interface Runner > method run'],
      [27, 'trait Logs'],
      [29, 'function helper']
    ]
  },
  'sample.sh': {
    language: 'bash',
    declarations: [
      [6, 'function build'],
      [13, 'function clean']
    ]
  },
  'sample.md': {
    language: 'markdown',
    declarations: [
      [7, 'section Install'],
      [16, 'section Install > section On Linux'],
      [20, 'section Install > section Usage'],
      [25, 'section Install > section Usage > section Options']
    ]
  }
}

async function fixture(name: string): Promise<FileAnalysis> {
  return analyseFile(name, await readFile(join(FIXTURES, `${name}.fixture`), 'utf8'))
}

const NAMES = Object.keys(EXPECTED)

describe.each(NAMES)('%s', name => {
  const expected = EXPECTED[name]

  it('is read by its syntax, each declaration found with its leading comments and its symbol', async () => {
    const analysis = await fixture(name)
    expect(analysis.language).toBe(expected.language)
    expect(analysis.chunker).toBe(name.endsWith('.md') ? 'markdown' : 'syntax')
    const structure = analysis.structure!
    const found = structure.declarations.map(d => [d.start + 1, structure.symbols[d.start]?.path])
    expect(found).toEqual(expected.declarations)
    for (const [line] of expected.declarations) {
      expect(structure.tiers[line - 1]).toBeGreaterThanOrEqual(TIER.nested)
    }
  })

  it('begins chunks at declarations, unless inside one too long, and keeps one that fits whole', async () => {
    const analysis = await fixture(name)
    const structure = analysis.structure!
    const starts = new Set(structure.declarations.map(d => d.start + 1))
    const tokens = (first: number, last: number) =>
      toyCountTokens(analysis.lines.slice(first, last + 1).join('\n'))
    const whole = tokens(0, analysis.lines.length - 1)
    for (const maxTokens of [32, 48, 64]) {
      const chunks = chunkLines(
        analysis.lines,
        { maxTokens, countTokens: toyCountTokens },
        structure
      )
      if (whole > maxTokens) expect(chunks.length).toBeGreaterThan(1)
      const tooLong = structure.declarations.filter(d => tokens(d.start, d.end) > maxTokens)
      for (const chunk of chunks) {
        const line = chunk.startLine
        const inTooLong = tooLong.some(d => d.start + 1 < line && line <= d.end + 1)
        const begins =
          line === 1 || starts.has(line) || structure.tiers[line - 1] === TIER.top || inTooLong
        expect({ line, begins }).toEqual({ line, begins: true })
      }
      for (const d of structure.declarations) {
        if (tokens(d.start, d.end) > maxTokens) continue
        const holding = chunks.filter(c => c.startLine <= d.end + 1 && c.endLine >= d.start + 1)
        expect(holding).toHaveLength(1)
      }
    }
  })

  it('names each chunk by the declaration of the first of its lines that lies in one', async () => {
    const analysis = await fixture(name)
    const structure = analysis.structure!
    const chunks = chunkLines(
      analysis.lines,
      { maxTokens: 40, countTokens: toyCountTokens },
      structure
    )
    for (const chunk of chunks) {
      const inDeclaration = structure.symbols
        .slice(chunk.startLine - 1, chunk.endLine)
        .find(symbol => symbol !== undefined)
      expect(chunk.symbol).toEqual(inDeclaration)
    }
    const named = chunks.filter(c => c.symbol !== undefined)
    expect(named.length).toBeGreaterThan(0)
    for (const chunk of named) {
      expect(chunk.symbol!.kind).toBe(chunk.symbol!.path.split(' > ').at(-1)!.split(' ')[0])
    }
  })
})
