import { AutoTokenizer, env } from '@huggingface/transformers'
import { fixtureModel } from './model.js'
import type { Chunk } from '../../src/chunk/line-rule.js'
import type { CountTokens } from '../../src/chunk/count-tokens.js'
import { seededRandom } from '../../tools/fixture-model/random.js'

/** A stand-in tokenizer: [CLS] and [SEP], then one token per word and per other symbol. */
export const toyCountTokens: CountTokens = text =>
  2 + (text.match(/[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu)?.length ?? 0)

/** The real BERT WordPiece tokenizer of the tiny fixture model, as the embedder counts. */
export async function bertCountTokens(): Promise<CountTokens> {
  env.allowRemoteModels = false
  const tokenizer = await AutoTokenizer.from_pretrained(await fixtureModel('tiny'), {
    local_files_only: true
  })
  return text => tokenizer.encode(text).length
}

/**
 * A long, ordinary-looking TypeScript file: documented functions and classes of varied length,
 * with indentation, blank lines and repeated lines such as '}' (as real code has).
 */
export function sourceFile(seed: number, functions: number): string {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const words = ['value', 'index', 'options', 'result', 'count', 'items', 'name', 'path', 'total']
  const verbs = ['read', 'parse', 'merge', 'count', 'find', 'build', 'check', 'format', 'load']
  const lines: string[] = ["import { readFile } from 'node:fs/promises'", '']
  for (let f = 0; f < functions; f++) {
    const name = `${pick(verbs)}${pick(words)[0].toUpperCase()}${pick(words).slice(1)}${f}`
    lines.push('/**', ` * ${pick(verbs)}s the ${pick(words)} of the ${pick(words)} (${f}).`, ' */')
    if (random() < 0.3) {
      lines.push(`export class ${name[0].toUpperCase()}${name.slice(1)} {`)
      lines.push(`  private ${pick(words)} = ${f}`, '}', '')
    }
    lines.push(`export function ${name}(${pick(words)}: string, ${pick(words)}: number): number {`)
    const body = 2 + Math.floor(random() * 12)
    for (let b = 0; b < body; b++) {
      const statement = pick([
        `  const ${pick(words)}${b} = ${pick(words)}.length + ${Math.floor(random() * 100)}`,
        `  if (${pick(words)} > ${b}) {\n    return ${pick(words)} * ${b}\n  }`,
        `  // ${pick(verbs)} the ${pick(words)} before we ${pick(verbs)} it`,
        `  for (const ${pick(words)} of ${pick(words)}) total += ${pick(words)}.${pick(words)}`,
        ''
      ])
      lines.push(...statement.split('\n'))
    }
    lines.push(`  return ${pick(words)}`, '}', '')
  }
  return lines.join('\n')
}

/**
 * The lines the chunks hold, put back together: whole-line chunks contribute their lines, the
 * pieces of a split line (consecutive chunks on the same line) are concatenated. Throws when a
 * chunk does not start on the line after the previous one (a gap or an overlap).
 */
export function rebuildLines(chunks: readonly Chunk[]): string[] {
  const lines: string[] = []
  let previous: Chunk | undefined
  for (const chunk of chunks) {
    if (previous !== undefined && chunk.startLine === previous.startLine) {
      if (chunk.endLine !== chunk.startLine || previous.endLine !== previous.startLine) {
        throw new Error(`chunks overlap at line ${chunk.startLine}`)
      }
      lines[lines.length - 1] += chunk.text
    } else {
      if (chunk.startLine !== lines.length + 1) {
        throw new Error(`chunk starts at line ${chunk.startLine}, expected ${lines.length + 1}`)
      }
      const text = chunk.text.split('\n')
      if (text.length !== chunk.endLine - chunk.startLine + 1) {
        throw new Error(`chunk ${chunk.startLine}-${chunk.endLine} holds ${text.length} lines`)
      }
      lines.push(...text)
    }
    previous = chunk
  }
  return lines
}

/** The lines of a text as the chunker must see them: CRLF and CR read as LF. */
export function expectedLines(content: string): string[] {
  const lines = content.split(/\r\n|\r|\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
