/**
 * The one table of options. Action inputs (action.yml) and CLI flags are two spellings of the
 * same entries, so both surfaces are parsed and validated by the same code (./parse.ts), and a
 * test checks action.yml and the README against this table.
 */
export type Surface = 'action' | 'cli'

export interface OptionSpec {
  /** Action input name; also the CLI flag unless `flag` says otherwise. */
  name: string
  /** CLI flag without the leading dashes, where it differs from the input name. */
  flag?: string
  description: string
  /** The default, as the user would write it (absent = no default). */
  default?: string
  /** Repeatable flag / multi-line input. */
  multiple?: boolean
  /** A yes/no switch: `--name` / `--no-name` on the CLI, 'true'/'false' as an input. */
  boolean?: boolean
  surfaces: readonly Surface[]
}

const both = ['action', 'cli'] as const
const actionOnly = ['action'] as const
const cliOnly = ['cli'] as const

export const DEFAULT_MODEL = 'Xenova/all-MiniLM-L6-v2'
export const DEFAULT_HUB_URL = 'https://huggingface.co'

export const INDEX_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'mode',
    description: "'index' to build an index, 'merge' to combine shard indexes from merge-from.",
    default: 'index',
    surfaces: actionOnly
  },
  {
    name: 'path',
    flag: 'root',
    description: 'Root folder of the files to index.',
    default: '.',
    surfaces: both
  },
  {
    name: 'output',
    flag: 'out',
    description: 'Folder the index is written to (manifest.json, chunks.jsonl, vectors.npy).',
    default: 'embed-index',
    surfaces: both
  },
  {
    name: 'include',
    description:
      'Globs of files to index, relative to the root (one per line / repeat the flag). Default: common source and docs extensions.',
    multiple: true,
    surfaces: both
  },
  {
    name: 'exclude',
    description:
      'Globs to leave out, on top of node_modules, .git, .gitignore and secret-looking files.',
    multiple: true,
    surfaces: both
  },
  {
    name: 'gitignore',
    description: 'Honour .gitignore files.',
    default: 'true',
    boolean: true,
    surfaces: both
  },
  {
    name: 'exclude-secrets',
    description:
      'Skip secret-looking files (.env*, *.pem, *.key, id_rsa*, *.p12, credentials, ...).',
    default: 'true',
    boolean: true,
    surfaces: both
  },
  {
    name: 'max-file-bytes',
    description: 'Files larger than this are skipped (reason too-large).',
    default: '1048576',
    surfaces: both
  },
  {
    name: 'max-tokens',
    description: "Largest chunk in tokens, [CLS] and [SEP] included (at most the model's window).",
    default: '256',
    surfaces: both
  },
  {
    name: 'workers',
    description: "Embedding processes: 'auto' (one per usable core) or a number >= 1.",
    default: 'auto',
    surfaces: both
  },
  {
    name: 'batch-size',
    description: 'Chunks per model call.',
    default: '16',
    surfaces: both
  },
  {
    name: 'model',
    description: 'Hugging Face model id (a BERT-style sentence-embedding model with ONNX weights).',
    default: DEFAULT_MODEL,
    surfaces: both
  },
  {
    name: 'model-revision',
    description: 'Model revision: branch, tag or commit.',
    default: 'main',
    surfaces: both
  },
  {
    name: 'model-path',
    description:
      'Local model folder to use instead of downloading (config.json, tokenizer.json, onnx/...).',
    surfaces: both
  },
  {
    name: 'dtype',
    description: "Model weights: 'fp32' (onnx/model.onnx) or 'q8' (onnx/model_quantized.onnx).",
    default: 'fp32',
    surfaces: both
  },
  {
    name: 'hub-url',
    description: 'Hugging Face Hub or a mirror laid out like it.',
    default: DEFAULT_HUB_URL,
    surfaces: both
  },
  {
    name: 'cache-dir',
    description:
      'Where downloaded models are kept. Default: $RUNNER_TEMP/embed-index/models in Actions, ~/.cache/embed-index/models elsewhere.',
    surfaces: both
  },
  {
    name: 'shard',
    description: "Index only shard I of N ('I/N', e.g. '2/4') of the files, for a matrix job.",
    surfaces: both
  },
  {
    name: 'store-text',
    description:
      "Store each chunk's text in chunks.jsonl (off by default: the artifact may be read more widely than the repository).",
    default: 'false',
    boolean: true,
    surfaces: both
  },
  {
    name: 'reindex',
    description:
      "'incremental' reuses vectors of unchanged chunks from the prior index; 'full' embeds everything.",
    default: 'incremental',
    surfaces: both
  },
  {
    name: 'prior',
    description:
      'A previous index folder whose vectors may be reused (the action restores it from the cache).',
    surfaces: cliOnly
  },
  {
    name: 'cache',
    description: 'Use the Actions cache for the model and the previous index.',
    default: 'true',
    boolean: true,
    surfaces: actionOnly
  },
  {
    name: 'cache-key-prefix',
    description: 'Prefix of the Actions cache keys.',
    default: 'embed-index',
    surfaces: actionOnly
  },
  {
    name: 'min-files-per-second',
    description:
      'Fail the step when files/sec falls below this figure (a throughput gate for PR checks).',
    surfaces: both
  },
  {
    name: 'stats-json',
    description: 'Also write the run statistics JSON to this file.',
    surfaces: cliOnly
  },
  {
    name: 'merge-from',
    description: "mode 'merge': shard index folders to combine (one per line; globs allowed).",
    multiple: true,
    surfaces: actionOnly
  }
]

/** How a surface spells an option in messages: `--batch-size` or `input 'batch-size'`. */
export function optionLabel(spec: OptionSpec, surface: Surface): string {
  return surface === 'cli' ? `--${spec.flag ?? spec.name}` : `input '${spec.name}'`
}

export const QUERY_OPTIONS: readonly OptionSpec[] = [
  { name: 'index', description: 'Index folder to search.', surfaces: cliOnly },
  { name: 'text', description: 'The query text.', surfaces: cliOnly },
  { name: 'top', description: 'How many results.', default: '10', surfaces: cliOnly },
  {
    name: 'json',
    description: 'Print results as JSON.',
    default: 'false',
    boolean: true,
    surfaces: cliOnly
  },
  ...INDEX_OPTIONS.filter(o => ['model-path', 'hub-url', 'cache-dir'].includes(o.name)),
  // Model id, revision and dtype default to the ones the index was built with.
  { name: 'model', description: "Model id (default: the index's).", surfaces: cliOnly },
  {
    name: 'model-revision',
    description: "Model revision (default: the index's).",
    surfaces: cliOnly
  },
  { name: 'dtype', description: "'fp32' or 'q8' (default: the index's).", surfaces: cliOnly }
]
