/**
 * Shape checks for untrusted index JSON (manifest.json, chunks.jsonl rows). Each parser returns a
 * fresh object with its keys in canonical order, so what was read serialises back to the same
 * bytes, and rejects unknown keys, so nothing unchecked rides along.
 */
import type { Dtype } from '../core/index.js'
import type { Shard } from '../core/index.js'
import { isModelId, isRevision } from '../embed/index.js'
import { IndexError } from './errors.js'
import {
  CHUNKS_FILE,
  FORMAT_VERSION,
  TOOL_NAME,
  VECTORS_FILE,
  type ChunkRow,
  type FileEntry,
  type Manifest,
  type SkippedEntry
} from './format.js'
import {
  MAX_ROW_DEFINES,
  MAX_SYMBOL_PATH_BYTES,
  pathProblem,
  skippedPathProblem
} from '../core/index.js'
import { quoted } from '../util/index.js'

type Fields = Record<string, unknown>

const SHA256_HEX = /^[0-9a-f]{64}$/
const COMMIT_HEX = /^[0-9a-f]{40}$/
const DTYPES: readonly Dtype[] = ['fp32', 'q8']

class ShapeCheck {
  constructor(private readonly file: string) {}

  fail(where: string, problem: string): never {
    throw new IndexError(`${this.file}: ${where} ${problem}`)
  }

  object(value: unknown, where: string, keys: readonly string[]): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(where, 'must be an object')
    }
    const fields = value as Fields
    for (const key of Object.keys(fields)) {
      if (!keys.includes(key)) {
        this.fail(where, `has unknown key ${quoted(key)}`)
      }
    }
    for (const key of keys) if (!Object.hasOwn(fields, key)) this.fail(where, `lacks ${key}`)
    return fields
  }

  array(fields: Fields, key: string, where: string): unknown[] {
    const value = fields[key]
    if (!Array.isArray(value)) this.fail(`${where}.${key}`, 'must be an array')
    return value
  }

  string(fields: Fields, key: string, where: string): string {
    const value = fields[key]
    if (typeof value !== 'string') this.fail(`${where}.${key}`, 'must be a string')
    return value
  }

  nonEmptyString(fields: Fields, key: string, where: string): string {
    const value = this.string(fields, key, where)
    if (value === '') this.fail(`${where}.${key}`, 'must not be empty')
    return value
  }

  /**
   * A name that becomes part of a folder or a URL: checked with the rule its command-line flag
   * uses, and refused, never sanitised. The value is not echoed: it may be anything.
   */
  name(
    fields: Fields,
    key: string,
    where: string,
    valid: (value: string) => boolean,
    expected: string
  ): string {
    const value = this.string(fields, key, where)
    if (!valid(value)) this.fail(`${where}.${key}`, `is not ${expected}`)
    return value
  }

  boolean(fields: Fields, key: string, where: string): boolean {
    const value = fields[key]
    if (typeof value !== 'boolean') this.fail(`${where}.${key}`, 'must be true or false')
    return value
  }

  integer(fields: Fields, key: string, where: string, min: number): number {
    const value = fields[key]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      this.fail(`${where}.${key}`, `must be an integer >= ${min}`)
    }
    return value
  }

  /** A git object id: 40 lowercase hex digits. */
  objectId(fields: Fields, key: string, where: string): string {
    const value = fields[key]
    if (typeof value !== 'string' || !COMMIT_HEX.test(value)) {
      this.fail(`${where}.${key}`, 'must be a 40-digit lowercase hex git object id')
    }
    return value
  }

  sha256(fields: Fields, key: string, where: string): string {
    const value = fields[key]
    if (typeof value !== 'string' || !SHA256_HEX.test(value)) {
      this.fail(`${where}.${key}`, 'must be a lowercase hex SHA-256')
    }
    return value
  }

  path(fields: Fields, where: string, problemOf = pathProblem): string {
    const path = this.string(fields, 'path', where)
    const problem = problemOf(path)
    if (problem !== null) this.fail(`${where}.path`, `${quoted(path)} ${problem}`)
    return path
  }
}

/** Checks a parsed manifest.json; `file` names it in errors. */
export function parseManifest(value: unknown, file: string): Manifest {
  const check = new ShapeCheck(file)
  // The version comes first so that another version is reported as such, not as a shape problem.
  const format = (value as Fields | null)?.format
  if (format !== FORMAT_VERSION) {
    // Only a version is named: the file may be anything, and its content is not echoed.
    const named = typeof format === 'string' && /^embed-index\/\d+$/.test(format)
    check.fail(
      'format',
      `is ${named ? JSON.stringify(format) : 'not an embed-index format'}, expected ${JSON.stringify(FORMAT_VERSION)}`
    )
  }
  const root = check.object(value, 'manifest', [
    'format',
    'tool',
    'model',
    'recipe',
    'chunking',
    'store_text',
    'shard',
    'commit',
    'counts',
    'files',
    'skipped',
    'checksums'
  ])
  const tool = check.object(root.tool, 'tool', ['name', 'version'])
  if (tool.name !== TOOL_NAME) check.fail('tool.name', `must be ${JSON.stringify(TOOL_NAME)}`)
  const model = check.object(root.model, 'model', [
    'id',
    'revision',
    'commit',
    // Optional: manifests written before it was recorded lack it (./compat.ts reads them).
    ...(Object.hasOwn(Object(root.model), 'sha256') ? ['sha256'] : []),
    'dtype',
    'dimension'
  ])
  if (!DTYPES.includes(model.dtype as Dtype)) {
    check.fail('model.dtype', `must be one of ${DTYPES.join(', ')}`)
  }
  const chunking = check.object(root.chunking, 'chunking', ['chunker', 'max_tokens'])
  const counts = check.object(root.counts, 'counts', ['files', 'chunks', 'skipped'])
  const checksums = check.object(root.checksums, 'checksums', [CHUNKS_FILE, VECTORS_FILE])
  return {
    format: FORMAT_VERSION,
    tool: { name: TOOL_NAME, version: check.nonEmptyString(tool, 'version', 'tool') },
    model: {
      id: check.name(model, 'id', 'model', isModelId, "a hub model id such as 'owner/name'"),
      revision: check.name(model, 'revision', 'model', isRevision, 'a branch, tag or commit name'),
      commit: model.commit === null ? null : check.objectId(model, 'commit', 'model'),
      ...(Object.hasOwn(model, 'sha256') ? { sha256: check.sha256(model, 'sha256', 'model') } : {}),
      dtype: model.dtype as Dtype,
      dimension: check.integer(model, 'dimension', 'model', 1)
    },
    recipe: check.nonEmptyString(root, 'recipe', 'manifest'),
    chunking: {
      chunker: check.nonEmptyString(chunking, 'chunker', 'chunking'),
      max_tokens: check.integer(chunking, 'max_tokens', 'chunking', 1)
    },
    store_text: check.boolean(root, 'store_text', 'manifest'),
    shard: root.shard === null ? null : checkShard(check, root.shard),
    commit: root.commit === null ? null : check.objectId(root, 'commit', 'manifest'),
    counts: {
      files: check.integer(counts, 'files', 'counts', 0),
      chunks: check.integer(counts, 'chunks', 'counts', 0),
      skipped: check.integer(counts, 'skipped', 'counts', 0)
    },
    files: check.array(root, 'files', 'manifest').map((entry, i) => parseFile(check, entry, i)),
    skipped: check.array(root, 'skipped', 'manifest').map((entry, i) => parseSkip(check, entry, i)),
    checksums: {
      [CHUNKS_FILE]: check.sha256(checksums, CHUNKS_FILE, 'checksums'),
      [VECTORS_FILE]: check.sha256(checksums, VECTORS_FILE, 'checksums')
    }
  }
}

function checkShard(check: ShapeCheck, value: unknown): Shard {
  const shard = check.object(value, 'shard', ['number', 'count'])
  const number = check.integer(shard, 'number', 'shard', 1)
  const count = check.integer(shard, 'count', 'shard', 1)
  if (number > count) check.fail('shard', `number ${number} is above count ${count}`)
  return { number, count }
}

function parseFile(check: ShapeCheck, value: unknown, i: number): FileEntry {
  const where = `files[${i}]`
  const entry = check.object(value, where, [
    'path',
    'sha256',
    'bytes',
    'git_blob',
    'first_row',
    'rows'
  ])
  return {
    path: check.path(entry, where),
    sha256: check.sha256(entry, 'sha256', where),
    bytes: check.integer(entry, 'bytes', where, 0),
    git_blob: check.objectId(entry, 'git_blob', where),
    first_row: check.integer(entry, 'first_row', where, 0),
    rows: check.integer(entry, 'rows', where, 0)
  }
}

function parseSkip(check: ShapeCheck, value: unknown, i: number): SkippedEntry {
  const where = `skipped[${i}]`
  const entry = check.object(value, where, ['path', 'reason'])
  return {
    path: check.path(entry, where, skippedPathProblem),
    reason: check.nonEmptyString(entry, 'reason', where)
  }
}

/**
 * Checks one parsed chunks.jsonl row; `where` says which (e.g. 'line 3'). `checkedPath`: a path
 * that passed this check already (the row before's): a file's rows share their path, which is
 * then not checked again.
 */
export function parseChunkRow(
  value: unknown,
  storeText: boolean,
  file: string,
  where: string,
  checkedPath?: string
): ChunkRow {
  const check = new ShapeCheck(file)
  const has = (key: string) =>
    typeof value === 'object' && value !== null && Object.hasOwn(value, key)
  const hasSymbol = has('symbol')
  const hasDefines = has('defines')
  const fields = check.object(value, where, [
    'path',
    'start_line',
    'end_line',
    'tokens',
    'sha256',
    'language',
    ...(hasSymbol ? ['symbol'] : []),
    ...(hasDefines ? ['defines'] : []),
    ...(storeText ? ['text'] : [])
  ])
  const row: ChunkRow = {
    path:
      checkedPath !== undefined && fields.path === checkedPath
        ? checkedPath
        : check.path(fields, where),
    start_line: check.integer(fields, 'start_line', where, 1),
    end_line: check.integer(fields, 'end_line', where, 1),
    tokens: check.integer(fields, 'tokens', where, 0),
    sha256: check.sha256(fields, 'sha256', where),
    language: fields.language === null ? null : check.nonEmptyString(fields, 'language', where)
  }
  if (row.end_line < row.start_line) check.fail(where, 'ends before it starts')
  if (hasSymbol) {
    const symbol = check.object(fields.symbol, `${where}.symbol`, ['path', 'kind'])
    row.symbol = {
      path: check.nonEmptyString(symbol, 'path', `${where}.symbol`),
      kind: check.nonEmptyString(symbol, 'kind', `${where}.symbol`)
    }
  }
  if (hasDefines) row.defines = parseDefines(check, fields, row, where)
  if (storeText) row.text = check.string(fields, 'text', where)
  return row
}

function parseDefines(check: ShapeCheck, fields: Fields, row: ChunkRow, where: string) {
  const defines = check.array(fields, 'defines', where)
  if (defines.length > MAX_ROW_DEFINES) {
    check.fail(`${where}.defines`, `has more than ${MAX_ROW_DEFINES} entries`)
  }
  return defines.map((value, i) => {
    const at = `${where}.defines[${i}]`
    const entry = check.object(value, at, ['path', 'kind', 'line'])
    const path = check.nonEmptyString(entry, 'path', at)
    if (Buffer.byteLength(path) > MAX_SYMBOL_PATH_BYTES) {
      check.fail(`${at}.path`, `is longer than ${MAX_SYMBOL_PATH_BYTES} bytes`)
    }
    const kind = check.nonEmptyString(entry, 'kind', at)
    const line = check.integer(entry, 'line', at, row.start_line)
    if (line > row.end_line) check.fail(`${at}.line`, `is after the row's end_line`)
    return { path, kind, line }
  })
}
