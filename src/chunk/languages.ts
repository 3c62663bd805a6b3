/**
 * The languages the chunker knows: how a file is recognised, which grammar parses it and which
 * syntax nodes are declarations. A file of any other language is cut by the line rule alone.
 */

/** A prebuilt tree-sitter grammar: a .wasm file of an npm package, pinned by its digest. */
export interface GrammarFile {
  package: string
  /** Path inside the package. */
  file: string
  /** SHA-256 (hex) of the file: what chunks a file becomes depends on these bytes. */
  sha256: string
}

/** What a declaration is, as a row's symbol names it (`class Cluster > method run`). */
export type DeclarationKind =
  | 'class'
  | 'constructor'
  | 'enum'
  | 'function'
  | 'impl'
  | 'interface'
  | 'macro'
  | 'method'
  | 'module'
  | 'namespace'
  | 'struct'
  | 'trait'
  | 'type'
  | 'union'

/** What a top-level value definition is (`const LIMIT = 5` is a constant, `let x` a variable). */
export type ValueKind = 'constant' | 'variable'

export interface SyntaxLanguage {
  name: string
  grammar: GrammarFile
  /** Lowercase file name endings, dot included. */
  extensions: readonly string[]
  /** Whole file names (no extension), e.g. Rakefile. */
  fileNames?: readonly string[]
  /** Interpreters a `#!` first line may name, e.g. bash. */
  interpreters?: readonly string[]
  /** Node type → kind. */
  declarations: Readonly<Record<string, DeclarationKind>>
  /**
   * Statements that define constants or variables (node type → kind): recorded, at top level,
   * as what a chunk defines, but never as declarations, so that chunk boundaries stay put.
   */
  values?: Readonly<Record<string, ValueKind>>
  /**
   * Nodes that hold a declaration and start before it (export, decorators, templates,
   * `const f = () => …`): the declaration starts where its outermost wrapper does.
   */
  wrappers?: readonly string[]
  /**
   * Siblings that belong to the declaration after them when nothing but line breaks lies
   * between (comments always do): Rust's #[attributes], decorators of class members.
   */
  leading?: readonly string[]
}

const REPOMIX = '@repomix/tree-sitter-wasms'

function repomix(name: string, sha256: string): GrammarFile {
  return { package: REPOMIX, file: `out/tree-sitter-${name}.wasm`, sha256 }
}

/** The runtime's JavaScript, as `require` finds it in the package (its CommonJS build). */
export const RUNTIME_SCRIPT = { package: 'web-tree-sitter', file: 'web-tree-sitter.cjs' }

/** The runtime that runs the grammars; its own .wasm is pinned like theirs. */
export const RUNTIME_WASM: GrammarFile = {
  package: 'web-tree-sitter',
  file: 'web-tree-sitter.wasm',
  sha256: '488beeff7adb7fd7e21e97cc29a43dc6d031977755eda892d6d96c7f456cfdec'
}

/** JavaScript, TypeScript and TSX share their declarations. */
const ECMASCRIPT = {
  declarations: {
    function_declaration: 'function',
    generator_function_declaration: 'function',
    // Overloads, `declare function`, and the members of interfaces and abstract classes.
    function_signature: 'function',
    method_signature: 'method',
    abstract_method_signature: 'method',
    class_declaration: 'class',
    abstract_class_declaration: 'class',
    method_definition: 'method',
    interface_declaration: 'interface',
    type_alias_declaration: 'type',
    enum_declaration: 'enum',
    internal_module: 'namespace',
    module: 'namespace',
    // `const f = () => …` and `const f = function …`: see FUNCTION_VALUES in ./syntax.ts.
    variable_declarator: 'function'
  },
  // `const` makes either a constant.
  values: { lexical_declaration: 'variable', variable_declaration: 'variable' },
  wrappers: [
    'export_statement',
    'lexical_declaration',
    'variable_declaration',
    'ambient_declaration',
    'expression_statement'
  ],
  leading: ['decorator']
} as const

/** C and C++ share theirs; C++ adds classes, namespaces and templates. */
const C_DECLARATIONS = {
  function_definition: 'function',
  struct_specifier: 'struct',
  union_specifier: 'union',
  enum_specifier: 'enum',
  type_definition: 'type'
} as const

export const LANGUAGES: readonly SyntaxLanguage[] = [
  {
    name: 'javascript',
    grammar: repomix(
      'javascript',
      '06ad932f038e999733c8aae0b7ff0c8bd22953c10a681d39c69c77e6e707c90e'
    ),
    extensions: ['.js', '.mjs', '.cjs', '.jsx'],
    interpreters: ['node'],
    ...ECMASCRIPT
  },
  {
    name: 'typescript',
    grammar: repomix(
      'typescript',
      '13677574a6375e1b12e98579850c55a4db5952ad8bacd673110007ac7cfd7e69'
    ),
    extensions: ['.ts', '.mts', '.cts'],
    ...ECMASCRIPT
  },
  {
    name: 'tsx',
    grammar: repomix('tsx', '28fd7df7f2531af8deefa41c42b1f38a42b16141f8864d335439704eaf6cb465'),
    extensions: ['.tsx'],
    ...ECMASCRIPT
  },
  {
    name: 'python',
    grammar: repomix('python', '36d25eee776af6293dc67bdf6f8f820af6a26bbc49e335cc4821dfd5a0dac685'),
    extensions: ['.py', '.pyi'],
    interpreters: ['python'],
    declarations: { function_definition: 'function', class_definition: 'class' },
    values: { expression_statement: 'variable' },
    wrappers: ['decorated_definition']
  },
  {
    name: 'go',
    grammar: repomix('go', '7ca9e17e2b4fe236cb1d2386b0dfa897d7f13016cb88c1a5c8c1140719e5e514'),
    extensions: ['.go'],
    declarations: {
      function_declaration: 'function',
      method_declaration: 'method',
      method_elem: 'method',
      type_spec: 'type'
    },
    values: { const_declaration: 'constant', var_declaration: 'variable' },
    wrappers: ['type_declaration']
  },
  {
    name: 'rust',
    grammar: repomix('rust', 'a96b69c6fdf9d75b7df225af7e3544443cbd91c518dff3d7864bbef2463f57f0'),
    extensions: ['.rs'],
    declarations: {
      function_item: 'function',
      function_signature_item: 'function',
      struct_item: 'struct',
      enum_item: 'enum',
      union_item: 'union',
      trait_item: 'trait',
      impl_item: 'impl',
      mod_item: 'module',
      type_item: 'type',
      macro_definition: 'macro'
    },
    values: { const_item: 'constant', static_item: 'variable' },
    leading: ['attribute_item']
  },
  {
    name: 'java',
    grammar: repomix('java', '84e70408b5f5e693f77768930ee0f56dd1a21f40b4bd63b16c39d477fceea60c'),
    extensions: ['.java'],
    declarations: {
      class_declaration: 'class',
      interface_declaration: 'interface',
      enum_declaration: 'enum',
      record_declaration: 'class',
      annotation_type_declaration: 'interface',
      method_declaration: 'method',
      constructor_declaration: 'constructor'
    }
  },
  {
    name: 'c',
    grammar: repomix('c', 'f0c308e7465d6af2e1de71426afbcb22ba33390227db950652808d248da03bf3'),
    extensions: ['.c'],
    declarations: C_DECLARATIONS
  },
  {
    name: 'cpp',
    grammar: repomix('cpp', '212ed7c04c7a6e25702edf3148c2e65a096193fd8154f77a1c1ad1b940216d08'),
    // C headers are read as C++, which parses nearly all C too; the reverse is not true.
    extensions: ['.cc', '.cpp', '.cxx', '.c++', '.h', '.hh', '.hpp', '.hxx', '.h++', '.ipp'],
    declarations: {
      ...C_DECLARATIONS,
      class_specifier: 'class',
      namespace_definition: 'namespace'
    },
    wrappers: ['template_declaration']
  },
  {
    name: 'csharp',
    grammar: repomix('c_sharp', 'fbb5de1f3c277c9a60fffd8ae485e231babda452ca788d301952e41d4c1a5888'),
    extensions: ['.cs'],
    declarations: {
      class_declaration: 'class',
      struct_declaration: 'struct',
      interface_declaration: 'interface',
      enum_declaration: 'enum',
      record_declaration: 'class',
      method_declaration: 'method',
      constructor_declaration: 'constructor',
      namespace_declaration: 'namespace',
      file_scoped_namespace_declaration: 'namespace'
    }
  },
  {
    name: 'ruby',
    grammar: repomix('ruby', 'b98cfd3724adf318f7ebfb979f167c3b7470cb143384b51ac1fd3f47f9ba4039'),
    extensions: ['.rb', '.rake', '.gemspec'],
    fileNames: ['Rakefile', 'Gemfile'],
    interpreters: ['ruby'],
    declarations: {
      method: 'function',
      singleton_method: 'function',
      class: 'class',
      module: 'module'
    }
  },
  {
    name: 'php',
    grammar: repomix('php', '3e95620047070f70ecb900fb003a8e60d61cb32e7f3433f856f1e9183f872b9e'),
    extensions: ['.php'],
    interpreters: ['php'],
    declarations: {
      function_definition: 'function',
      method_declaration: 'method',
      class_declaration: 'class',
      interface_declaration: 'interface',
      trait_declaration: 'trait',
      enum_declaration: 'enum',
      namespace_definition: 'namespace'
    }
  },
  {
    name: 'bash',
    // The only prebuilt Bash grammar for this runtime's ABI.
    grammar: {
      package: '@vscode/tree-sitter-wasm',
      file: 'wasm/tree-sitter-bash.wasm',
      sha256: 'a14e9ed880b2c3f16cd00c796c38d237a3e9b028bdec5b4315c76976e67b01ca'
    },
    extensions: ['.sh', '.bash'],
    interpreters: ['sh', 'bash'],
    declarations: { function_definition: 'function' }
  }
]

/** Markdown is cut at its headings by a small rule (./markdown.ts), not by a grammar. */
const MARKDOWN = { name: 'markdown', extensions: ['.md', '.markdown', '.mdx'] } as const

type LanguageOf =
  { kind: 'syntax'; language: SyntaxLanguage } | { kind: 'markdown' } | { kind: 'none' }

/**
 * The language of a file, by its name, or for a file without an extension, by the interpreter a
 * `#!` first line names (`#!/bin/sh`, `#!/usr/bin/env python3`).
 */
export function languageOf(path: string, content: string): LanguageOf {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : ''
  if ((MARKDOWN.extensions as readonly string[]).includes(extension)) return { kind: 'markdown' }
  const interpreter = extension === '' ? shebangInterpreter(content) : undefined
  const language = LANGUAGES.find(
    l =>
      (extension !== '' && l.extensions.includes(extension)) ||
      (extension === '' && l.fileNames?.includes(name)) ||
      (interpreter !== undefined && l.interpreters?.includes(interpreter))
  )
  return language ? { kind: 'syntax', language } : { kind: 'none' }
}

function shebangInterpreter(content: string): string | undefined {
  const line = /^#!([^\n]*)/.exec(content)?.[1]
  if (line === undefined) return undefined
  const [command = '', ...args] = line.trim().split(/[ \t]+/)
  let program = command.slice(command.lastIndexOf('/') + 1)
  // `#!/usr/bin/env -S python3 -u`: the first word that is neither an option nor NAME=value.
  if (program === 'env')
    program = args.find(arg => !arg.startsWith('-') && !arg.includes('=')) ?? ''
  // python3, python3.12 → python
  return program.replace(/[\d.]+$/, '')
}
