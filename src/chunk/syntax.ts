/**
 * Reads a file's syntax tree into a FileStructure: where declarations begin (with their leading
 * comments, decorators and attributes), where other nodes begin and how deep, and which
 * declaration holds each line.
 */
import type { Node, Point, Tree, TreeCursor } from 'web-tree-sitter'
import type { DeclarationKind, SyntaxLanguage, ValueKind } from './languages.js'
import {
  emptyStructure,
  MAX_DEPTH,
  nestedSteps,
  oneLineName,
  pathOf,
  symbolStep,
  TIER,
  type ChunkSymbol,
  type DeclarationLines,
  type FileStructure,
  type SymbolDefinition,
  type Tier
} from './structure.js'

interface Declaration extends DeclarationLines {
  kind: DeclarationKind
  /** Tree depth of the node, to know when the walk has left it. */
  depth: number
  /** The symbol path's steps, bounded (see nestedSteps). */
  steps: readonly string[]
  symbol: ChunkSymbol
}

/** Declarations whose functions are methods. */
const CLASS_LIKE: ReadonlySet<string> = new Set([
  'class',
  'enum',
  'impl',
  'interface',
  'struct',
  'trait',
  'union'
])

/** Declarations that only name a scope: what they hold counts as top level. */
const SCOPES: ReadonlySet<string> = new Set(['module', 'namespace'])

/** A variable_declarator is a declaration when its value is one of these (`const f = () => …`). */
const FUNCTION_VALUES: ReadonlySet<string> = new Set([
  'arrow_function',
  'function',
  'function_expression',
  'generator_function'
])

/** The parts of a value statement that each name values: see valueNames. */
const VALUE_PARTS: ReadonlySet<string> = new Set([
  'assignment',
  'const_spec',
  'var_spec',
  'variable_declarator'
])

/**
 * Declarations that only count with a name and a body: `struct S *p` names a type and declares
 * none; `typedef struct { … } T` declares T (the type_definition), not the struct.
 */
const NEED_BODY: ReadonlySet<string> = new Set([
  'class_specifier',
  'enum_specifier',
  'mod_item',
  'struct_specifier',
  'union_specifier'
])

/** The last line a node covers: a node that ends at a line's start (a line comment) ends above. */
function lastRow(start: { row: number }, end: { row: number; column: number }): number {
  return end.column === 0 && end.row > start.row ? end.row - 1 : end.row
}

/**
 * What the walk keeps of a node it has visited. Tree-sitter finds a node's parent and previous
 * sibling by walking down from the root, so asking a node costs its depth; the walk keeps the
 * ancestors and the earlier siblings instead, which keeps deeply nested code linear.
 */
interface Visited {
  type: string
  start: Point
  end: Point
  startIndex: number
}

class StructureWalk {
  private readonly structure: FileStructure
  private readonly indent: number[]
  private readonly assigned: Uint8Array
  /** The declarations that hold the node being visited, outermost first. */
  private readonly open: Declaration[] = []
  /** Every declaration, outer before inner. */
  private readonly found: Declaration[] = []
  /** By depth: the node being visited and its ancestors (0: the root). */
  private readonly path: Visited[] = []
  /** By depth: the children of path[depth - 1] visited so far, path[depth] last. */
  private readonly siblings: Visited[][] = []
  /** The constants and variables defined at top level, in the file's order. */
  private readonly values: SymbolDefinition[] = []

  constructor(
    lines: readonly string[],
    private readonly language: SyntaxLanguage
  ) {
    this.structure = emptyStructure(lines.length)
    this.indent = lines.map(line => line.search(/\S/))
    this.assigned = new Uint8Array(lines.length)
  }

  /** Visits the cursor's node; returns whether its children may hold anything to record. */
  visit(cursor: TreeCursor, depth: number): boolean {
    while (this.open.length > 0 && this.open[this.open.length - 1].depth >= depth) this.open.pop()
    const type = cursor.nodeType
    const start = cursor.startPosition
    const end = cursor.endPosition
    const last = lastRow(start, end)
    const visited: Visited = { type, start, end, startIndex: cursor.startIndex }
    // Deeper levels belonged to earlier nodes' subtrees.
    this.path.length = depth
    this.path.push(visited)
    this.siblings.length = depth + 1
    ;(this.siblings[depth] ??= []).push(visited)
    const row = start.row
    if (
      depth > 0 &&
      cursor.nodeIsNamed &&
      !this.assigned[row] &&
      start.column === this.indent[row]
    ) {
      // The first node the walk meets at a line's first character is the outermost one there.
      this.assigned[row] = 1
      this.structure.depths[row] = Math.min(depth, MAX_DEPTH)
      const groupStart = depth === 1 && (row === 0 || this.indent[row - 1] < 0)
      this.raise(row, groupStart ? TIER.top : TIER.node)
    }
    // Named only: Ruby's `class` keyword is a node of type `class` too.
    const kind = cursor.nodeIsNamed ? this.language.declarations[type] : undefined
    if (kind !== undefined) this.declare(cursor.currentNode, kind, depth)
    const valueKind = cursor.nodeIsNamed ? this.language.values?.[type] : undefined
    if (valueKind !== undefined && this.open.every(d => SCOPES.has(d.kind))) {
      this.defineValues(cursor.currentNode, valueKind)
    }
    // Children of a one-line node begin on its line, after its start: none begins that line,
    // but a declaration may lie inside a one-line wrapper (`export const f = () => 1`).
    return depth === 0 || last > row || (this.language.wrappers?.includes(type) ?? false)
  }

  private raise(row: number, tier: Tier): void {
    if (this.structure.tiers[row] < tier) this.structure.tiers[row] = tier
  }

  private declare(node: Node, tableKind: DeclarationKind, depth: number): void {
    if (
      NEED_BODY.has(node.type) &&
      (node.childForFieldName('body') === null || node.childForFieldName('name') === null)
    ) {
      return
    }
    if (node.type === 'variable_declarator') {
      const value = node.childForFieldName('value')
      if (value === null || !FUNCTION_VALUES.has(value.type)) return
    }
    const parent = this.open[this.open.length - 1]
    const kind = refineKind(node, tableKind, parent?.kind)
    let outerDepth = depth
    while (outerDepth > 0 && this.language.wrappers?.includes(this.path[outerDepth - 1].type)) {
      outerDepth--
    }
    const outer = this.path[outerDepth]
    const start = this.leadingStart(outerDepth)
    const steps = nestedSteps(parent?.steps ?? [], symbolStep(kind, declarationName(node)))
    const declaration: Declaration = {
      start,
      head: outer.start.row,
      end: lastRow(outer.start, outer.end),
      kind,
      depth,
      steps,
      symbol: { path: pathOf(steps), kind }
    }
    this.raise(start, this.open.every(d => SCOPES.has(d.kind)) ? TIER.top : TIER.nested)
    this.open.push(declaration)
    this.found.push(declaration)
  }

  /**
   * Records the constants or variables a top-level statement defines: definitions for search,
   * never declarations, so that they neither place nor name a chunk.
   */
  private defineValues(node: Node, tableKind: ValueKind): void {
    // `let` and `var` share their node with `const`.
    const kind = node.firstChild?.type === 'const' ? 'constant' : tableKind
    const scope = this.open[this.open.length - 1]
    for (const name of valueNames(node)) {
      const step = symbolStep(kind, oneLineName(name.text))
      const path = pathOf(nestedSteps(scope?.steps ?? [], step))
      this.values.push({ path, kind, line: name.startPosition.row })
    }
  }

  /**
   * Where a declaration begins with what belongs to it: the comments (and the language's leading
   * nodes) right above it, each starting its own line, with no blank line between. `depth`: the
   * declaration's (outermost wrapper's) place in the walk's path.
   */
  private leadingStart(depth: number): number {
    let start = this.path[depth].start.row
    // A first child that begins its parent (Ruby's body_statement) has its parent's neighbours.
    let anchor = depth
    while (
      anchor > 0 &&
      this.siblings[anchor].length === 1 &&
      this.path[anchor - 1].startIndex === this.path[anchor].startIndex
    ) {
      anchor--
    }
    const before = this.siblings[anchor]
    for (let i = before.length - 2; i >= 0; i--) {
      const sibling = before[i]
      const leads =
        sibling.type.includes('comment') || (this.language.leading?.includes(sibling.type) ?? false)
      if (
        !leads ||
        lastRow(sibling.start, sibling.end) < start - 1 ||
        sibling.start.column !== this.indent[sibling.start.row]
      ) {
        break
      }
      start = sibling.start.row
    }
    return start
  }

  /**
   * Each line's innermost declaration (outer ones are written first, inner ones over them), and
   * every definition by line.
   */
  finish(): FileStructure {
    const definitions = [...this.values]
    for (const { start, head, end, symbol } of this.found) {
      this.structure.symbols.fill(symbol, start, end + 1)
      this.structure.declarations.push({ start, head, end })
      definitions.push({ ...symbol, line: head })
    }
    // Stable: on one line, values (one statement's, in order) before declarations, outer first.
    definitions.sort((a, b) => a.line - b.line)
    this.structure.definitions = definitions
    return this.structure
  }
}

function refineKind(
  node: Node,
  kind: DeclarationKind,
  parent: DeclarationKind | undefined
): DeclarationKind {
  if (kind === 'function' && parent !== undefined && CLASS_LIKE.has(parent)) return 'method'
  if (node.type === 'type_spec') {
    const type = node.childForFieldName('type')?.type
    if (type === 'struct_type') return 'struct'
    if (type === 'interface_type') return 'interface'
  }
  return kind
}

/**
 * The names a value statement defines: those of its parts (Go's specs, JavaScript's declarators,
 * Python's assignment), or its own (Rust's `const`); only plain identifiers (no destructuring),
 * and no declarator whose value is a function, which is a declaration (`const f = () => …`).
 */
function valueNames(node: Node): Node[] {
  // Go groups `var ( … )` specs in a list; its `const ( … )` holds them directly.
  const parts = node.namedChildren
    .flatMap(child => (child?.type === 'var_spec_list' ? child.namedChildren : [child]))
    .filter(child => child !== null && VALUE_PARTS.has(child.type))
  return (parts.length > 0 ? parts : [node]).flatMap(part => {
    if (FUNCTION_VALUES.has(part!.childForFieldName('value')?.type ?? '')) return []
    const names = part!.childrenForFieldName('name')
    const named = names.length > 0 ? names : [part!.childForFieldName('left')]
    return named.filter((name): name is Node => name?.type === 'identifier')
  })
}

/** The declared name, qualified where the language writes it apart (Go receivers, Rust impls). */
function declarationName(node: Node): string | undefined {
  if (node.type === 'impl_item') {
    const target = node.childForFieldName('type')?.text
    const trait = node.childForFieldName('trait')?.text
    return target === undefined ? undefined : oneLineName(trait ? `${trait} for ${target}` : target)
  }
  const name = node.childForFieldName('name')
  if (name !== null) {
    const receiver = node.childForFieldName('receiver')?.namedChildren[0]
    const owner =
      receiver?.childForFieldName('type')?.text.replace(/^\*/, '') ??
      node.childForFieldName('object')?.text
    return oneLineName(owner ? `${owner}.${name.text}` : name.text)
  }
  // C and C++: the name sits at the bottom of the declarator (pointer, function, array...).
  let declarator = node.childForFieldName('declarator')
  while (declarator?.childForFieldName('declarator')) {
    declarator = declarator.childForFieldName('declarator')
  }
  return declarator ? oneLineName(declarator.text) : undefined
}

/** The structure of a file from its syntax tree; `lines` are the lines the tree was parsed from. */
export function structureOf(
  tree: Tree,
  lines: readonly string[],
  language: SyntaxLanguage
): FileStructure {
  const walk = new StructureWalk(lines, language)
  const cursor = tree.walk()
  try {
    let depth = 0
    for (;;) {
      if (walk.visit(cursor, depth) && cursor.gotoFirstChild()) {
        depth++
        continue
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return walk.finish()
        depth--
      }
    }
  } finally {
    cursor.delete()
  }
}

/** How many lines the tree's ERROR nodes cover: what the parser could not read. */
export function errorLines(tree: Tree): number {
  let lines = 0
  const pending: Node[] = tree.rootNode.hasError ? [tree.rootNode] : []
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.isError) {
      lines += lastRow(node.startPosition, node.endPosition) - node.startPosition.row + 1
      continue
    }
    for (const child of node.children) if (child?.hasError) pending.push(child)
  }
  return lines
}
