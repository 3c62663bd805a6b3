import { parseArgs } from 'node:util'

export interface BenchArgs {
  runs: number
  json: string
  /** Worker counts for the scaling bench; undefined for the default bench. */
  workers?: number[]
  /** The serve bench instead: start-up and search latency of `embed-index serve`. */
  serve: boolean
  /** The definitions bench instead: whether identifier queries find their definitions. */
  defs: boolean
  /** Row counts for the approximate-search bench instead (libraries and compact vectors). */
  ann?: number[]
  /** The pull bench instead: `embed-index pull` from the REST stand-in to the first query answer. */
  pull: boolean
  /** The scale bench instead: each command on grown indexes, and merges of shards. */
  scale?: ScaleCase[]
  /** Edits for the overlay bench instead: how soon `serve --root` searches an edit. */
  overlay?: number
}

/**
 * One case of the scale bench: an index of `rows` rows (with stored text or not), measured by
 * verify, query and serve; or, with `shards`, that many shard indexes of `rows` rows in all,
 * merged.
 */
export interface ScaleCase {
  rows: number
  text: boolean
  shards?: number
}

export const USAGE =
  'usage: npm run bench -- [--runs N] [--json FILE] [--workers N,N,... | --serve | --defs | --ann N,N,... | --pull |\n' +
  '                      --scale CASE,CASE,... | --overlay N]\n' +
  '  --runs N          runs per figure; each figure is the median (default 3)\n' +
  '  --json FILE       where to write the results (default .bench/results.json,\n' +
  '                    .bench/serve-results.json with --serve, and so on)\n' +
  '  --workers LIST    instead: scaling of cold fp32 over these worker counts, e.g. 1,2,4\n' +
  '  --serve           instead: start-up and per-query latency of embed-index serve\n' +
  '  --defs            instead: how often an identifier query ranks its definition first\n' +
  '  --ann LIST        instead: HNSW libraries and compact vectors at these row counts, e.g. 100000\n' +
  '  --pull            instead: embed-index pull (from a local REST stand-in) to the first query answer\n' +
  '  --scale LIST      instead: commands on grown indexes; a case is ROWS (verify, query, serve),\n' +
  '                    SHARDSxROWS (merge of that many shards of ROWS rows in all), either with\n' +
  '                    :text for stored text, e.g. 100000:text,10000000,2000000:text,50x5000000;\n' +
  '                    each command once per case\n' +
  '  --overlay N       instead: N one-line edits under serve --root, each timed until search has it'

function positiveInteger(flag: string, value: string): number {
  if (!/^[1-9]\d*$/.test(value.trim())) {
    throw new Error(`--${flag}: ${JSON.stringify(value)} is not a whole number >= 1`)
  }
  return Number(value)
}

const SCALE_CASE = /^(?:(\d+)x)?(\d+)(:text)?$/

/** `--scale`'s comma-separated cases, each once, in the order given. */
function scaleCases(value: string): ScaleCase[] {
  const cases = new Map<string, ScaleCase>()
  for (const item of value.split(',').map(v => v.trim())) {
    const match = SCALE_CASE.exec(item)
    if (match === null) {
      throw new Error(
        `--scale: ${JSON.stringify(item)} is not ROWS, SHARDSxROWS, ROWS:text or SHARDSxROWS:text`
      )
    }
    const rows = positiveInteger('scale', match[2])
    const text = match[3] !== undefined
    if (match[1] === undefined) {
      cases.set(item, { rows, text })
      continue
    }
    const shards = positiveInteger('scale', match[1])
    if (shards < 2 || shards > rows) {
      throw new Error(`--scale: ${JSON.stringify(item)}: a merge takes 2 to ROWS shards`)
    }
    cases.set(item, { rows, text, shards })
  }
  return [...cases.values()]
}

/** A comma-separated list of whole numbers, each once. */
function countList(flag: string, value: string): number[] {
  return [...new Set(value.split(',').map(v => positiveInteger(flag, v)))]
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '3' },
      json: { type: 'string' },
      workers: { type: 'string' },
      serve: { type: 'boolean', default: false },
      defs: { type: 'boolean', default: false },
      ann: { type: 'string' },
      pull: { type: 'boolean', default: false },
      scale: { type: 'string' },
      overlay: { type: 'string' }
    },
    strict: true,
    allowPositionals: false
  })
  const benches = [
    values.serve,
    values.defs,
    values.pull,
    values.workers !== undefined,
    values.ann !== undefined,
    values.scale !== undefined,
    values.overlay !== undefined
  ]
  if (benches.filter(Boolean).length > 1) {
    throw new Error(
      '--serve, --defs, --pull, --workers, --ann, --scale and --overlay are different benches: pick one'
    )
  }
  return {
    runs: positiveInteger('runs', values.runs),
    json:
      values.json ??
      (values.serve
        ? '.bench/serve-results.json'
        : values.defs
          ? '.bench/defs-results.json'
          : values.ann !== undefined
            ? '.bench/ann-results.json'
            : values.pull
              ? '.bench/pull-results.json'
              : values.scale !== undefined
                ? '.bench/scale-results.json'
                : values.overlay !== undefined
                  ? '.bench/overlay-results.json'
                  : '.bench/results.json'),
    serve: values.serve,
    defs: values.defs,
    pull: values.pull,
    overlay: values.overlay === undefined ? undefined : positiveInteger('overlay', values.overlay),
    ann: values.ann === undefined ? undefined : countList('ann', values.ann),
    scale: values.scale === undefined ? undefined : scaleCases(values.scale),
    workers: values.workers === undefined ? undefined : countList('workers', values.workers)
  }
}
