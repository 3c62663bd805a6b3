/**
 * What each tool answers, as the output schemas the server declares: a client checks structured
 * content against them. Every field the answers have is named; the objects nested in an answer
 * (a hit, a model entry) accept fields beyond those, so that a field added to a row or a manifest
 * does not make a client refuse the answer.
 */
import { z } from 'zod'
import { SEARCH_MODES } from '../core/index.js'

const modelState = {
  state: z.enum(['loading', 'ready', 'failed']),
  reason: z.string().optional().describe('Why the model could not be loaded.')
}

const hit = z
  .looseObject({
    repo: z.string(),
    path: z.string(),
    start_line: z.number().int(),
    end_line: z.number().int(),
    score: z.number(),
    source: z
      .enum(['index', 'overlay'])
      .describe(
        "'overlay': from the working tree, the file new or changed since the index was built; 'index': from the index."
      ),
    stale: z.literal(true).optional(),
    snippet: z.string().optional(),
    snippet_line: z.number().int().optional(),
    symbol: z.looseObject({ path: z.string(), kind: z.string() }).optional()
  })
  .describe('A chunk: a row of the index (without its text) with its score and a snippet.')

export const SEARCH_OUTPUT = {
  mode: z
    .enum([...SEARCH_MODES, 'mixed'])
    .describe("The mode that ran in every index searched ('mixed': not the same in each)."),
  fallbacks: z
    .array(z.object({ repo: z.string(), mode: z.enum(SEARCH_MODES), reason: z.string() }))
    .optional()
    .describe('The repositories where another mode ran than the one asked for, and why.'),
  note: z.string().optional().describe('The fallbacks in words, one line per repository.'),
  hits: z.array(hit)
}

export const SYMBOLS_OUTPUT = {
  symbols: z.array(
    z.looseObject({
      repo: z.string(),
      name: z.string(),
      kind: z.string(),
      symbol: z.string(),
      path: z.string(),
      line: z.number().int(),
      start_line: z.number().int(),
      end_line: z.number().int(),
      match: z.enum(['exact', 'prefix'])
    })
  ),
  total: z.number().int().describe('How many definitions match, also those past limit.')
}

export const CHUNK_OUTPUT = {
  path: z.string(),
  start_line: z.number().int(),
  end_line: z.number().int(),
  text: z.string(),
  stale: z.literal(true).optional()
}

const loose = z.looseObject({})

const overlay = z
  .object({
    base_commit: z.string().nullable(),
    watching: z.boolean(),
    settled_at: z.string().nullable(),
    files_added: z.number().int(),
    files_changed: z.number().int(),
    files_removed: z.number().int(),
    pending: z.boolean(),
    files_waiting: z.number().int(),
    problem: z.string().optional()
  })
  .optional()
  .describe(
    'With a working tree followed: the commit the index was built from, files of the tree searched in its place, whether changes are still being taken in, and when the tree was last taken in whole.'
  )

export const INDEX_INFO_OUTPUT = {
  repo: z.string(),
  index: z.string(),
  format: z.string(),
  tool: loose,
  model: loose,
  model_state: z.object(modelState),
  chunking: loose,
  store_text: z.boolean(),
  shard: loose.nullable(),
  counts: z.looseObject({ files: z.number(), chunks: z.number(), skipped: z.number() }),
  written: z.string(),
  age: z.string(),
  newer_index: z.string().optional(),
  text: z.enum(['index', 'working-tree', 'none']),
  keyword_search: z.string(),
  stale_files: z.object({ count: z.number().int(), paths: z.array(z.string()) }).optional(),
  overlay
}

export const STATUS_OUTPUT = {
  indexes: z.array(
    z.looseObject({
      repo: z.string(),
      index: z.string(),
      base_commit: z.string().nullable(),
      files: z.number().int(),
      chunks: z.number().int(),
      model: z.looseObject({ id: z.string(), ...modelState }),
      overlay
    })
  )
}
