/**
 * Glob matching in time linear in the path, for globs that come from a client. A glob compiled to
 * a regular expression backtracks: `?*?*?*…q` against a long path runs for minutes on the server's
 * only thread. Here the glob becomes a nondeterministic automaton whose states are all followed
 * at once, one character of the path at a time, so a match costs at most (path length) × (glob
 * length) steps, whatever the glob.
 *
 * The syntax, as `include` globs read it: `*` any run of characters within a folder name, `?` one
 * such character, `**` as a whole segment any run of folders (`a/**\/b` also matches `a/b`),
 * `[abc]`, `[a-z]` and `[!a-z]` (or `[^a-z]`) one character of a set (never `/`), `{a,b}` either
 * alternative (nested braces allowed), and `\` taking the next character literally. Dot files match.
 */

/** A state of the automaton: reads one character, forks, or accepts. */
type State =
  | { kind: 'read'; accepts: (char: string) => boolean; next: number }
  | { kind: 'fork'; next: number[] }
  | { kind: 'accept' }

type Node =
  | { kind: 'char'; accepts: (char: string) => boolean }
  | { kind: 'run'; accepts: (char: string) => boolean }
  | { kind: 'optional'; body: Node[] }
  | { kind: 'either'; alternatives: Node[][] }

const IN_NAME = (char: string) => char !== '/'
const ANY = () => true

/** Thrown for a glob that cannot be read (an unclosed `{` or `[`, a trailing `\`). */
export class GlobSyntaxError extends Error {}

/** A matcher of whole paths against `glob`; throws GlobSyntaxError for a malformed glob. */
export function compileGlob(glob: string): (path: string) => boolean {
  const states: State[] = [{ kind: 'accept' }]
  const start = build(new Parser(glob).parse(), 0, states)
  const automaton = new Automaton(states, start)
  return path => automaton.matches(path)
}

/** Adds the states that read `nodes` and then go on to state `next`; returns the first. */
function build(nodes: readonly Node[], next: number, states: State[]): number {
  const add = (state: State) => states.push(state) - 1
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]
    if (node.kind === 'char') {
      next = add({ kind: 'read', accepts: node.accepts, next })
    } else if (node.kind === 'run') {
      // A fork between reading one more character (and coming back) and going on.
      const fork = add({ kind: 'fork', next: [] })
      const read = add({ kind: 'read', accepts: node.accepts, next: fork })
      ;(states[fork] as { next: number[] }).next = [read, next]
      next = fork
    } else if (node.kind === 'optional') {
      next = add({ kind: 'fork', next: [build(node.body, next, states), next] })
    } else {
      const after = next
      next = add({ kind: 'fork', next: node.alternatives.map(alt => build(alt, after, states)) })
    }
  }
  return next
}

/** The states the automaton is in at once, and where each character takes it (learnt on use). */
interface StateSet {
  states: number[]
  accepting: boolean
  after: Map<string, StateSet>
}

// Sets remembered per glob; past this many they are forgotten and learnt again, so memory stays
// bounded while real globs, which reach a handful of sets, cost one lookup per character.
const REMEMBERED_SETS = 4096

/**
 * Follows every state a path can reach at once, one character at a time, never backtracking.
 * Each set of states met and its step on each character are remembered (a lazily built DFA).
 */
class Automaton {
  private readonly sets = new Map<string, StateSet>()
  private readonly seen: Int32Array
  private visit = 0
  private start: StateSet

  constructor(
    private readonly states: readonly State[],
    private readonly first: number
  ) {
    this.seen = new Int32Array(states.length).fill(-1)
    this.start = this.setOf([first])
  }

  matches(path: string): boolean {
    let set = this.start
    for (const char of path) {
      let next = set.after.get(char)
      if (next === undefined) {
        next = this.step(set, char)
        set.after.set(char, next)
      }
      if (next.states.length === 0) return false
      set = next
    }
    return set.accepting
  }

  private step(set: StateSet, char: string): StateSet {
    const targets: number[] = []
    for (const s of set.states) {
      const state = this.states[s]
      if (state.kind === 'read' && state.accepts(char)) targets.push(state.next)
    }
    if (this.sets.size >= REMEMBERED_SETS) {
      this.sets.clear()
      this.start = this.setOf([this.first])
    }
    return this.setOf(targets)
  }

  /** The set of reading and accepting states reached from `from` without reading. */
  private setOf(from: number[]): StateSet {
    const { states, seen } = this
    const visit = ++this.visit
    const reached: number[] = []
    const pending = [...from]
    while (pending.length > 0) {
      const s = pending.pop()!
      if (seen[s] === visit) continue
      seen[s] = visit
      const state = states[s]
      if (state.kind === 'fork') pending.push(...state.next)
      else reached.push(s)
    }
    reached.sort((a, b) => a - b)
    const key = reached.join(',')
    let set = this.sets.get(key)
    if (set === undefined) {
      set = { states: reached, accepting: reached.includes(0), after: new Map() }
      this.sets.set(key, set)
    }
    return set
  }
}

class Parser {
  private at = 0

  constructor(private readonly glob: string) {}

  parse(): Node[] {
    const nodes = this.sequence(0)
    if (this.at < this.glob.length) this.fail(`has an unmatched '${this.glob[this.at]}'`)
    return nodes
  }

  /** Nodes up to the end, or, inside braces (depth > 0), up to the next ',' or '}'. */
  private sequence(depth: number): Node[] {
    const { glob } = this
    const nodes: Node[] = []
    while (this.at < glob.length) {
      const char = glob[this.at]
      if (depth > 0 && (char === ',' || char === '}')) break
      if (char === '*') nodes.push(...this.stars())
      else if (char === '?') {
        this.at++
        nodes.push({ kind: 'char', accepts: IN_NAME })
      } else if (char === '[') nodes.push(this.set())
      else if (char === '{') nodes.push(this.braces(depth))
      else if (char === '}') this.fail("has an unmatched '}'")
      else nodes.push(literal(this.literalChar()))
    }
    return nodes
  }

  /** `*`, or `**` standing alone as a segment: any run of folders, with the '/' after it. */
  private stars(): Node[] {
    const { glob } = this
    const from = this.at
    while (glob[this.at] === '*') this.at++
    const before = glob[from - 1]
    const after = glob[this.at]
    const segment =
      this.at - from >= 2 &&
      (before === undefined || '/{,'.includes(before)) &&
      (after === undefined || '/},'.includes(after))
    if (!segment) return [{ kind: 'run', accepts: IN_NAME }]
    if (after !== '/') return [{ kind: 'run', accepts: ANY }]
    this.at++
    return [{ kind: 'optional', body: [{ kind: 'run', accepts: ANY }, literal('/')] }]
  }

  private set(): Node {
    const { glob } = this
    this.at++
    const negated = glob[this.at] === '!' || glob[this.at] === '^'
    if (negated) this.at++
    const ranges: [string, string][] = []
    // A ']' first is a member, not the end.
    for (let first = true; first || glob[this.at] !== ']'; first = false) {
      if (this.at >= glob.length) this.fail("has an unclosed '['")
      const low = this.literalChar()
      let high = low
      if (glob[this.at] === '-' && this.at + 1 < glob.length && glob[this.at + 1] !== ']') {
        this.at++
        high = this.literalChar()
      }
      ranges.push([low, high])
    }
    this.at++
    const inSet = (char: string) => ranges.some(([low, high]) => low <= char && char <= high)
    return { kind: 'char', accepts: char => char !== '/' && inSet(char) !== negated }
  }

  private braces(depth: number): Node {
    this.at++
    const alternatives = [this.sequence(depth + 1)]
    while (this.glob[this.at] === ',') {
      this.at++
      alternatives.push(this.sequence(depth + 1))
    }
    if (this.glob[this.at] !== '}') this.fail("has an unclosed '{'")
    this.at++
    return { kind: 'either', alternatives }
  }

  /** One character (a whole code point), taken literally; `\` escapes the next one. */
  private literalChar(): string {
    if (this.glob[this.at] === '\\') {
      this.at++
      if (this.at >= this.glob.length) this.fail("ends with a lone '\\'")
    }
    const char = String.fromCodePoint(this.glob.codePointAt(this.at)!)
    this.at += char.length
    return char
  }

  private fail(problem: string): never {
    throw new GlobSyntaxError(`the path glob ${JSON.stringify(this.glob)} ${problem}`)
  }
}

function literal(char: string): Node {
  return { kind: 'char', accepts: other => other === char }
}
