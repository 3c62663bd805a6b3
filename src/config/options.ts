/**
 * The one table of options: each entry is the whole spec of an option (what it takes, its range
 * or choices, default, CLI flag, action input name, help). The parser (./parse.ts) reads values by
 * it, the CLI builds its flags and help from it, and one test checks action.yml's inputs and the
 * README's inputs table against it.
 */
import { isModelId, isRevision } from '../embed/index.js'
import { parseRepository } from '../core/index.js'
import type { Shard } from '../core/index.js'
import { DEFAULT_SEARCH_MODE, SEARCH_MODES } from '../core/index.js'

/** The CLI's commands; each takes the options that name it among their surfaces. */
/** Where pull puts the index, and where query and serve look for one without --index. */
export const DEFAULT_INDEX_DIR = '.embed-index'

export const COMMANDS = ['index', 'query', 'serve', 'pull', 'merge', 'verify', 'export'] as const
export type Command = (typeof COMMANDS)[number]
export type Surface = 'action' | Command

/** What an option takes. The parser turns the written text into the value of that kind. */
export type ValueSpec =
  | { kind: 'boolean' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number'; min: number; max?: number }
  | { kind: 'choice'; choices: readonly string[] }
  /** Free text that `valid` accepts; `expected` says what that is, for errors. */
  | { kind: 'text'; expected: string; valid: (text: string) => boolean }
  | { kind: 'url' }
  /** A path, resolved against the working directory (the workspace in Actions). */
  | { kind: 'path' }
  /** A path that must name an existing folder. */
  | { kind: 'folder' }
  /** Repeated flag / one value per line of the input. */
  | { kind: 'list' }
  /** A list of globs relative to the root (checked by src/scan/glob-rules.ts). */
  | { kind: 'globs' }
  /** 'auto' or a whole number >= 1. */
  | { kind: 'workers' }
  /** 'I/N': shard I of N. */
  | { kind: 'shard' }

interface OptionSpec {
  /** CLI flag without the dashes, where it differs from the input name (the table's key). */
  flag?: string
  help: string
  value: ValueSpec
  /** The default as the user would write it; absent = none (or computed, as help says). */
  default?: string
  surfaces: readonly Surface[]
  /** Surfaces on which it must be given (its default does not apply there). */
  required?: readonly Surface[]
  /** On the commands that search an index (query, serve), leaving it out means the index's own value. */
  fromIndex?: true
  /**
   * An empty value is taken as written, not refused: the runner passes a secret that a run may
   * not see (fork and Dependabot pull requests) as empty, and only what uses it may complain.
   */
  mayBeEmpty?: true
}

const BOOLEAN = { kind: 'boolean' } as const
const PATH = { kind: 'path' } as const
const LIST = { kind: 'list' } as const
const GLOBS = { kind: 'globs' } as const

const DEFAULT_MODEL = 'Xenova/all-MiniLM-L6-v2'

/** Keyed by action input name, which is also the CLI flag unless `flag` says otherwise. */
export const OPTIONS = {
  mode: {
    help: "'index' to build an index, 'merge' to combine shard indexes from merge-from.",
    value: { kind: 'choice', choices: ['index', 'merge'] },
    default: 'index',
    surfaces: ['action']
  },
  path: {
    flag: 'root',
    help: 'Root folder of the files to index.',
    value: { kind: 'folder' },
    default: '.',
    surfaces: ['action', 'index']
  },
  output: {
    flag: 'out',
    help: 'Folder the index is written to (manifest.json, chunks.jsonl, vectors.npy).',
    value: PATH,
    default: 'embed-index',
    surfaces: ['action', 'index', 'merge'],
    // No folder is written into the working directory by surprise.
    required: ['index', 'merge']
  },
  include: {
    help: "Globs of files to index, relative to the root (one per line / repeat the flag); a folder's name alone means everything in it. Default: common source and docs extensions.",
    value: GLOBS,
    surfaces: ['action', 'index', 'query', 'serve']
  },
  exclude: {
    help: 'Globs to leave out, on top of node_modules, .git, .gitignore and secret-looking files.',
    value: GLOBS,
    surfaces: ['action', 'index', 'query', 'serve']
  },
  gitignore: {
    help: 'Honour .gitignore files.',
    value: BOOLEAN,
    default: 'true',
    surfaces: ['action', 'index', 'query', 'serve']
  },
  'exclude-secrets': {
    help: 'Skip secret-looking files: by name (.env*, *.pem, id_rsa*, credentials, ...) and by content (private keys, tokens).',
    value: BOOLEAN,
    default: 'true',
    surfaces: ['action', 'index', 'query', 'serve']
  },
  'max-file-bytes': {
    help: 'Files larger than this are skipped (reason too-large).',
    value: { kind: 'integer', min: 1, max: 1024 * 1024 * 1024 },
    default: '1048576',
    surfaces: ['action', 'index', 'query', 'serve']
  },
  'max-tokens': {
    help: "Largest chunk in tokens, [CLS] and [SEP] included (at most the model's window).",
    value: { kind: 'integer', min: 16, max: 512 },
    default: '256',
    surfaces: ['action', 'index']
  },
  workers: {
    help: "Embedding processes: 'auto' (one per usable core) or a number >= 1.",
    value: { kind: 'workers' },
    default: 'auto',
    surfaces: ['action', 'index']
  },
  'batch-size': {
    help: 'Chunks per model call.',
    value: { kind: 'integer', min: 1, max: 512 },
    default: '16',
    surfaces: ['action', 'index']
  },
  model: {
    help: 'Hugging Face model id (a BERT-style sentence-embedding model with ONNX weights).',
    value: {
      kind: 'text',
      expected: "a model id such as 'Xenova/all-MiniLM-L6-v2'",
      valid: isModelId
    },
    default: DEFAULT_MODEL,
    surfaces: ['action', 'index', 'query', 'serve'],
    fromIndex: true
  },
  'model-revision': {
    help: 'Model revision: branch, tag or commit.',
    value: { kind: 'text', expected: 'a branch, tag or commit name', valid: isRevision },
    default: 'main',
    surfaces: ['action', 'index', 'query', 'serve'],
    fromIndex: true
  },
  'model-path': {
    help: 'Local model folder to use instead of downloading (config.json, tokenizer.json, onnx/...).',
    value: PATH,
    surfaces: ['action', 'index', 'query', 'serve']
  },
  dtype: {
    help: "Model weights: 'fp32' (onnx/model.onnx) or 'q8' (onnx/model_quantized.onnx).",
    value: { kind: 'choice', choices: ['fp32', 'q8'] },
    default: 'fp32',
    surfaces: ['action', 'index', 'query', 'serve'],
    fromIndex: true
  },
  fuse: {
    help: "Rewrite a q8 model's quantised matrix products (uint8 MatMulInteger chains, separate bias Adds) into ONNX Runtime's one-kernel int8 DynamicQuantizeMatMul when the model loads; the rewritten file is cached under cache-dir, used only if it gives the same vectors, and a model it does not match is used as it is.",
    value: BOOLEAN,
    default: 'true',
    surfaces: ['action', 'index']
  },
  'hub-url': {
    help: 'Hugging Face Hub or a mirror laid out like it.',
    value: { kind: 'url' },
    default: 'https://huggingface.co',
    surfaces: ['action', 'index', 'query', 'serve']
  },
  'cache-dir': {
    help: 'Where downloaded models are kept. Default: $RUNNER_TEMP/embed-index/models in Actions, ~/.cache/embed-index/models elsewhere.',
    value: PATH,
    surfaces: ['action', 'index', 'query', 'serve', 'pull']
  },
  shard: {
    help: "Index only shard I of N ('I/N', e.g. '2/4') of the files, for a matrix job.",
    value: { kind: 'shard' },
    surfaces: ['action', 'index']
  },
  chunker: {
    help: "How files are cut into chunks: 'syntax' at declarations (tree-sitter grammars) and Markdown headings, with the line rule where that fails; 'lines' by the line rule alone.",
    value: { kind: 'choice', choices: ['syntax', 'lines'] },
    default: 'syntax',
    surfaces: ['action', 'index']
  },
  'store-text': {
    help: "Store each chunk's text in chunks.jsonl (off by default: the artifact may be read more widely than the repository).",
    value: BOOLEAN,
    default: 'false',
    surfaces: ['action', 'index']
  },
  reindex: {
    help: "'incremental' reuses vectors of unchanged chunks from the prior index; 'full' embeds everything.",
    value: { kind: 'choice', choices: ['incremental', 'full'] },
    default: 'incremental',
    surfaces: ['action', 'index']
  },
  prior: {
    help: 'A previous index folder whose vectors may be reused (the action restores it from the cache). Default: the index already in --out, when it was made with the same model and chunking; --reindex full reuses none.',
    value: PATH,
    surfaces: ['index']
  },
  cache: {
    help: 'Use the Actions cache for the model and the previous index.',
    value: BOOLEAN,
    default: 'true',
    surfaces: ['action']
  },
  'cache-key-prefix': {
    help: 'Prefix of the Actions cache keys.',
    value: {
      kind: 'text',
      expected: 'letters, digits, ._- (at most 64)',
      valid: text => /^[\w.-]{1,64}$/.test(text)
    },
    default: 'embed-index',
    surfaces: ['action']
  },
  'min-files-per-second': {
    help: 'Fail the step when files/sec falls below this figure (a throughput gate for PR checks).',
    value: { kind: 'number', min: 0 },
    surfaces: ['action', 'index']
  },
  'max-slowdown': {
    help: "Fail the step when chunks/sec of embedding falls more than this fraction (0.25: 25%) below the prior index's figure; applied when both runs embedded at least 256 chunks with the same workers and dtype.",
    value: { kind: 'number', min: 0, max: 1 },
    surfaces: ['action']
  },
  comment: {
    help: "Post the figures and the gates' verdicts as one pull-request comment, updated by later runs (needs pull-requests: write; otherwise a warning).",
    value: BOOLEAN,
    default: 'false',
    surfaces: ['action']
  },
  'cache-cleanup': {
    help: "After saving this commit's prior index to the cache, delete the entries it supersedes: the same branch's and settings' entries saved before it (needs actions: write; otherwise a warning).",
    value: BOOLEAN,
    default: 'false',
    surfaces: ['action']
  },
  'github-token': {
    help: 'Token for the pull-request comment and the cache cleanup (GitHub REST API).',
    value: { kind: 'text', expected: 'a token', valid: () => true },
    default: '${{ github.token }}',
    surfaces: ['action'],
    // Empty is no error: the comment and the cache cleanup, which use it, warn then.
    mayBeEmpty: true
  },
  'stats-json': {
    help: 'Also write the run statistics JSON to this file.',
    value: PATH,
    surfaces: ['index']
  },
  'merge-from': {
    help: "mode 'merge': shard index folders to combine (one per line; globs allowed).",
    value: LIST,
    surfaces: ['action']
  },
  index: {
    help: 'Index folder: the one query and serve read and verify checks, the one pull writes (add it to .gitignore).',
    value: PATH,
    default: DEFAULT_INDEX_DIR,
    surfaces: ['query', 'pull', 'verify', 'export'],
    required: ['verify', 'export']
  },
  checkout: {
    flag: 'root',
    help: 'The git checkout: the index of its HEAD, else of the nearest first-parent ancestor that has one, is pulled.',
    value: { kind: 'folder' },
    default: '.',
    surfaces: ['pull']
  },
  repo: {
    help: "The GitHub repository whose workflow runs uploaded the index. Default: the origin remote's, when it is a GitHub URL.",
    value: {
      kind: 'text',
      expected: 'OWNER/NAME',
      valid: text => parseRepository(text) !== undefined
    },
    surfaces: ['pull']
  },
  artifact: {
    help: 'Name of the artifact the workflow uploads the index as (actions/upload-artifact).',
    value: {
      kind: 'text',
      expected: 'an artifact name',
      // GitHub refuses these in artifact names; no control characters either.
      valid: text => /^[^"<>|*?:\\/]{1,256}$/.test(text) && !/\p{Cc}/u.test(text)
    },
    default: 'embed-index',
    surfaces: ['pull']
  },
  'api-url': {
    help: 'The GitHub REST API root (GitHub Enterprise Server: https://HOST/api/v3).',
    value: { kind: 'url' },
    default: 'https://api.github.com',
    surfaces: ['pull']
  },
  'export-format': {
    flag: 'to',
    help: "The format to write the index in: 'lancedb' (a LanceDB table named chunks).",
    value: { kind: 'choice', choices: ['lancedb'] },
    surfaces: ['export'],
    required: ['export']
  },
  'served-indexes': {
    flag: 'index',
    help: "Index folder to serve (default: .embed-index, the one pull fills); repeat the flag to serve several in one server. 'INDEX=ROOT' gives that index its own working tree (see --root); a folder whose name holds '=' is taken whole when it exists.",
    value: LIST,
    surfaces: ['serve']
  },
  'working-tree': {
    flag: 'root',
    help: "The working tree the index was built from: snippets and keyword search read chunk text there when the index stores none. A file changed since it was indexed is reported as stale, never shown with wrong line numbers. With several --index, it is the first one's tree (the others name theirs as INDEX=ROOT).",
    value: { kind: 'folder' },
    surfaces: ['query', 'serve']
  },
  watch: {
    help: 'With --root: search the working tree as it is now. query indexes what changed since the index was built once before it searches; serve watches the tree and keeps its answers current as files change. The changed files are cut and embedded as index would (the scan flags, --include to --max-file-bytes, must be the ones the index was built with: the index does not record them). --no-watch searches the index as it was built.',
    value: BOOLEAN,
    default: 'true',
    surfaces: ['query', 'serve']
  },
  'write-back': {
    help: 'With --root and watching: after each change is taken in, write the index of the working tree into the served index folder, as index would write it (an atomic swap).',
    value: BOOLEAN,
    default: 'false',
    surfaces: ['serve']
  },
  text: {
    help: 'The query text.',
    value: { kind: 'text', expected: 'some text', valid: text => text.trim() !== '' },
    surfaces: ['query'],
    required: ['query']
  },
  top: {
    help: 'How many results.',
    value: { kind: 'integer', min: 1, max: 10000 },
    default: '10',
    surfaces: ['query']
  },
  'search-mode': {
    flag: 'mode',
    help: "'hybrid' (keyword and semantic ranks fused; chunks holding a query identifier whole come first), 'semantic' (vectors only) or 'keyword' (BM25 over chunk text).",
    value: { kind: 'choice', choices: SEARCH_MODES },
    default: DEFAULT_SEARCH_MODE,
    surfaces: ['query']
  },
  'min-score': {
    help: 'Leave out hits scoring below this: cosine (-1 to 1) in semantic mode; in keyword and hybrid mode 0 to 1, plus 1 per query identifier the chunk holds whole.',
    value: { kind: 'number', min: -1 },
    surfaces: ['query']
  },
  json: {
    help: 'Print results as JSON: an array of hits, each a chunks.jsonl row (without text) with score and snippet.',
    value: BOOLEAN,
    default: 'false',
    surfaces: ['query']
  },
  timings: {
    help: 'Print to stderr where the time went: reading and parsing the index, verifying it, loading the model, embedding the query, searching, in all.',
    value: BOOLEAN,
    default: 'false',
    surfaces: ['query']
  }
} as const satisfies Record<string, OptionSpec>

export type OptionName = keyof typeof OPTIONS

/** The value an option of this spec parses to. */
type ValueOf<V extends ValueSpec> = V extends { kind: 'boolean' }
  ? boolean
  : V extends { kind: 'integer' | 'number' }
    ? number
    : V extends { kind: 'choice'; choices: readonly (infer C)[] }
      ? C
      : V extends { kind: 'list' | 'globs' }
        ? string[]
        : V extends { kind: 'workers' }
          ? number | 'auto'
          : V extends { kind: 'shard' }
            ? Shard
            : string

export type OptionValue<N extends OptionName> = ValueOf<(typeof OPTIONS)[N]['value']>

export function optionSpec(name: OptionName): OptionSpec {
  return OPTIONS[name]
}

/** The options of one surface, in table order. */
export function optionsOf(surface: Surface): OptionName[] {
  return (Object.keys(OPTIONS) as OptionName[]).filter(name =>
    (OPTIONS[name].surfaces as readonly Surface[]).includes(surface)
  )
}

/** Whether an option takes several values: a repeated flag, one value per line of the input. */
export function takesSeveral(name: OptionName): boolean {
  const { kind } = optionSpec(name).value
  return kind === 'list' || kind === 'globs'
}

/** The CLI flag of an option, without dashes. */
export function flagOf(name: OptionName): string {
  return optionSpec(name).flag ?? name
}

/** How a surface spells an option in messages: `--batch-size` or `input 'batch-size'`. */
export function optionLabel(name: OptionName, surface: Surface): string {
  return surface === 'action' ? `input '${name}'` : `--${flagOf(name)}`
}
