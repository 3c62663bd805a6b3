/**
 * tree-sitter in WebAssembly: the runtime and the grammars of ./languages.ts, loaded once, on
 * first use, from the files their npm packages ship. The files are found the way modules are,
 * from the running code: from src/ they lie in node_modules; `npm run package` copies them into
 * dist/node_modules, where the bundle finds them with no other node_modules present. Each file
 * is checked against its pinned digest, since the chunks a file becomes depend on its bytes.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Language, Parser, Tree } from 'web-tree-sitter'
import { sha256Hex } from '../util/index.js'
import { errorMessage } from '../util/index.js'
import { RUNTIME_SCRIPT, RUNTIME_WASM, type GrammarFile, type SyntaxLanguage } from './languages.js'

const resolver = createRequire(import.meta.url)

/**
 * The runtime's CommonJS build, required at run time like the grammars rather than bundled:
 * bundled, its ES module build's `await import("module")` loses createRequire.
 */
function runtime(): typeof import('web-tree-sitter') {
  return resolver(RUNTIME_SCRIPT.package) as typeof import('web-tree-sitter')
}

/** Where a pinned file lies for the running code; throws, naming it, when it is not there. */
function wasmPath(file: GrammarFile): string {
  const specifier = `${file.package}/${file.file}`
  try {
    return resolver.resolve(specifier)
  } catch (error) {
    throw new Error(`tree-sitter file ${specifier} is missing (${errorMessage(error)})`, {
      cause: error
    })
  }
}

async function readPinned(file: GrammarFile): Promise<Uint8Array> {
  const path = wasmPath(file)
  const bytes = await readFile(path)
  if (sha256Hex(bytes) !== file.sha256) {
    throw new Error(
      `${path} is not the file this chunker was built with (its SHA-256 differs): ` +
        `reinstall, or pin the new file in src/chunk/languages.ts`
    )
  }
  return bytes
}

/**
 * Files larger than this are not parsed (they are cut by the line rule): they are nearly always
 * generated or bundled code, and a syntax tree of them costs memory the WebAssembly heap keeps.
 */
export const MAX_PARSE_CHARS = 2 * 1024 * 1024

/**
 * The parse budget, in the parser's own progress calls (tree-sitter makes one every fixed number
 * of parse operations), not in time: the same file and grammar always take the same number, so
 * whether a file is parsed cannot depend on the machine's speed or load, and a full and an
 * incremental run give the same chunks. Real code takes 3 to 15 calls per KiB (Python, Go,
 * TypeScript, C); the budget allows several times that before the line rule takes over.
 */
function parseBudget(chars: number): number {
  return 1024 + Math.ceil(chars / 16)
}

type ParseResult =
  /** work: the progress calls the parse took. */
  { tree: Tree; work: number } | { failure: 'over-budget' }

export class Grammars {
  private runtime?: Promise<Parser>
  private readonly languages = new Map<string, Promise<Language>>()

  constructor(private readonly budget: (chars: number) => number = parseBudget) {}

  /**
   * The file's syntax tree (the caller deletes it), or why there is none. A text of more than
   * MAX_PARSE_CHARS or one that takes more than its parse budget gets none.
   */
  async parse(text: string, language: SyntaxLanguage): Promise<ParseResult> {
    if (text.length > MAX_PARSE_CHARS) return { failure: 'over-budget' }
    const [parser, grammar] = await Promise.all([this.parser(), this.language(language)])
    parser.setLanguage(grammar)
    const budget = this.budget(text.length)
    let work = 0
    const tree = parser.parse(text, null, { progressCallback: () => ++work > budget })
    if (tree === null) {
      // A cancelled parse would otherwise resume on the next call.
      parser.reset()
      return { failure: 'over-budget' }
    }
    return { tree, work }
  }

  private parser(): Promise<Parser> {
    this.runtime ??= readPinned(RUNTIME_WASM).then(async wasmBinary => {
      const { Parser } = runtime()
      await Parser.init({ wasmBinary })
      return new Parser()
    })
    return this.runtime
  }

  private language(language: SyntaxLanguage): Promise<Language> {
    let loaded = this.languages.get(language.name)
    if (loaded === undefined) {
      loaded = this.parser().then(async () =>
        runtime().Language.load(await readPinned(language.grammar))
      )
      this.languages.set(language.name, loaded)
    }
    return loaded
  }
}
