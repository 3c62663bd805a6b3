import { cp, readFile, rm, writeFile, appendFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readIndex } from '../../src/artifact/read.js'
import { mergeIndexes } from '../../src/artifact/merge.js'
import { verifyIndex } from '../../src/artifact/verify.js'
import { fixtureModel } from '../helpers/model.js'
import { useTinyWorkspace } from '../helpers/workspace.js'
import { startHubServer } from '../helpers/hub-server.js'
import { recordingLog } from '../helpers/recording-log.js'
import { indexWithFlags, repoRoot } from '../helpers/run-index.js'

function index(args: string[], log = recordingLog()) {
  return indexWithFlags(args, process.cwd(), log)
}

async function bytes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const file of ['manifest.json', 'chunks.jsonl', 'vectors.npy']) {
    out[file] = (await readFile(join(dir, file))).toString('base64')
  }
  return out
}

const space = useTinyWorkspace('ei-pipeline-')
let repo: string

beforeAll(async () => {
  repo = join(space.work, 'repo')
  // Real source text: the project's own modules.
  await cp(join(repoRoot, 'src/scan'), join(repo, 'scan'), { recursive: true })
  await cp(join(repoRoot, 'src/chunk'), join(repo, 'chunk'), { recursive: true })
  await cp(join(repoRoot, 'README.md'), join(repo, 'README.md')).catch(() => undefined)
  // Each is matched by the default include globs, then skipped for its reason.
  await writeFile(join(repo, 'image.ts'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))
  await writeFile(join(repo, 'credentials.json'), '{"token": "secret"}\n')
  await writeFile(join(repo, 'empty.txt'), '')
})

const common = () => [...space.modelFlags, '--batch-size', '8']

test('a full run writes a verifiable index with canonical rows and consistent stats', async () => {
  const out = join(space.work, 'full')
  const { stats } = await index(['--root', repo, '--out', out, '--workers', '2', ...common()])
  expect(await verifyIndex(out)).toMatchObject({ ok: true })
  const loaded = await readIndex(out)
  expect(stats.files_total).toBe(loaded.manifest.files.length)
  expect(stats.chunks_total).toBe(loaded.rows.length)
  expect(stats.chunks_embedded).toBe(loaded.rows.length)
  expect(stats.files_embedded).toBe(stats.files_total)
  expect(stats.tokens_embedded).toBe(loaded.rows.reduce((n, r) => n + r.tokens, 0))
  // Workers that got a batch: on a busy machine one may finish loading after the work is done.
  expect(stats.workers).toBeGreaterThanOrEqual(1)
  expect(stats.workers).toBeLessThanOrEqual(2)
  expect(stats.per_worker.reduce((n, w) => n + w.chunks, 0)).toBe(stats.chunks_embedded)
  expect(stats.files_skipped).toBe(3)
  expect(stats.skipped_by_reason).toEqual({ binary: 1, empty: 1, secret: 1 })
  const keys = loaded.rows.map(r => `${r.path}\u0000${String(r.start_line).padStart(8, '0')}`)
  expect(keys).toEqual([...keys].sort())
  expect(loaded.rows.every(r => r.tokens <= 256)).toBe(true)
})

test('the same tree gives the same bytes with 1 worker, 2 workers and in-process', async () => {
  const runs = []
  for (const [name, flags] of [
    ['w1', ['--workers', '1']],
    ['w2', ['--workers', '2']],
    // Fewer chunks than two batches run in-process.
    ['in-process', ['--batch-size', '512']]
  ] as const) {
    const out = join(space.work, name)
    const { stats } = await index(['--root', repo, '--out', out, ...common(), ...flags])
    runs.push({ name, workers: stats.workers, bytes: await bytes(out) })
  }
  expect(runs.map(r => r.workers)).toEqual([1, expect.any(Number), 0])
  expect(runs[1].workers).toBeGreaterThanOrEqual(1)
  expect(runs[1].bytes).toEqual(runs[0].bytes)
  expect(runs[2].bytes).toEqual(runs[0].bytes)
})

test('incremental: nothing changed embeds nothing and starts no worker; edits re-embed only their neighbourhood and equal a full rebuild', async () => {
  const tree = join(space.work, 'tree')
  await cp(repo, tree, { recursive: true })
  const first = join(space.work, 'inc-1')
  await index(['--root', tree, '--out', first, ...common()])

  // Nothing changed: the model's files are hashed (to know the prior was made with them), but no
  // model is loaded and no worker started.
  const second = join(space.work, 'inc-2')
  const again = await index(['--root', tree, '--out', second, '--prior', first, ...common()])
  expect(again.stats.chunks_embedded).toBe(0)
  expect(again.stats.files_embedded).toBe(0)
  expect(again.stats.workers).toBe(0)
  expect(again.priorUsed).toBe(true)
  expect(await bytes(second)).toEqual(await bytes(first))

  // Edit one line near the end of a long file, delete a file, add a file.
  const long = join(tree, 'chunk/line-rule.ts')
  const lines = (await readFile(long, 'utf8')).split('\n')
  lines.splice(lines.length - 5, 0, '// an edit near the end of the file')
  await writeFile(long, lines.join('\n'))
  await rm(join(tree, 'scan/binary.ts'))
  await mkdir(join(tree, 'new'), { recursive: true })
  await writeFile(join(tree, 'new/added.md'), '# Added\n\nA new file about chunk boundaries.\n')
  const before = await readIndex(first)
  const third = join(space.work, 'inc-3')
  const edited = await index(['--root', tree, '--out', third, '--prior', first, ...common()])
  const after = await readIndex(third)
  expect(after.manifest.files.map(f => f.path)).toContain('new/added.md')
  expect(after.manifest.files.map(f => f.path)).not.toContain('scan/binary.ts')
  expect(edited.stats.files_embedded).toBe(2)
  const longRows = before.rows.filter(r => r.path === 'chunk/line-rule.ts').length
  expect(edited.stats.chunks_embedded).toBeGreaterThanOrEqual(2)
  expect(edited.stats.chunks_embedded).toBeLessThanOrEqual(Math.min(4, longRows))

  // The incremental result equals a full rebuild of the edited tree, byte for byte.
  const rebuilt = join(space.work, 'inc-full')
  await index(['--root', tree, '--out', rebuilt, ...common()])
  expect(await bytes(third)).toEqual(await bytes(rebuilt))
})

test('a corrupt prior index is ignored with a warning, never trusted', async () => {
  const prior = join(space.work, 'corrupt-prior')
  await index(['--root', repo, '--out', prior, ...common()])
  await appendFile(join(prior, 'chunks.jsonl'), '{"path":"x"}\n')
  const log = recordingLog()
  const out = join(space.work, 'after-corrupt')
  const result = await index(['--root', repo, '--out', out, '--prior', prior, ...common()], log)
  expect(result.priorUsed).toBe(false)
  expect(log.warnings.join('\n')).toMatch(/prior index .* not used/)
  expect(result.stats.chunks_embedded).toBe(result.stats.chunks_total)
  expect(await verifyIndex(out)).toMatchObject({ ok: true })
})

test('include matching nothing warns and writes an empty but valid index', async () => {
  const log = recordingLog()
  const out = join(space.work, 'empty')
  const result = await index(
    ['--root', repo, '--out', out, '--include', '**/*.nothing', ...common()],
    log
  )
  expect(log.warnings.join('\n')).toMatch(/no files to index/)
  expect(result.stats.files_total).toBe(0)
  expect(await verifyIndex(out)).toMatchObject({ ok: true, chunks: 0 })
})

test('an output folder that cannot be written is named in the error, before any work', async () => {
  const blocker = join(space.work, 'a-file')
  await writeFile(blocker, 'x')
  const log = recordingLog()
  await expect(
    index(['--root', repo, '--out', join(blocker, 'index'), ...common()], log)
  ).rejects.toThrow(/output folder .*a-file\/index is not writable/)
  // Nothing was scanned, no model pinned or loaded: each logs a line when it runs.
  expect(log.lines).toEqual([])
})

test('the output folder and stats file inside the root are not indexed on the next run', async () => {
  const tree = join(space.work, 'self')
  await cp(join(repo, 'chunk'), tree, { recursive: true })
  // Glob characters in the name must be taken literally.
  const out = join(tree, 'index [1]')
  const statsJson = join(tree, 'run-stats.json')
  const own = ['--stats-json', statsJson, ...common()]
  await index(['--root', tree, '--out', out, ...own])
  const second = await index(['--root', tree, '--out', out, '--prior', out, ...own])
  const paths = (await readIndex(out)).manifest.files.map(f => f.path)
  expect(paths.some(p => p.startsWith('index [1]/'))).toBe(false)
  expect(paths).not.toContain('run-stats.json')
  expect(second.stats.chunks_embedded).toBe(0)
})

test('shards 1/3, 2/3 and 3/3 merged equal the unsharded index byte for byte', async () => {
  const whole = join(space.work, 'unsharded')
  await index(['--root', repo, '--out', whole, ...common()])
  const shards: string[] = []
  for (const i of [1, 2, 3]) {
    const out = join(space.work, `shard-${i}`)
    const { manifest } = await index([
      '--root',
      repo,
      '--out',
      out,
      '--shard',
      `${i}/3`,
      ...common()
    ])
    expect(manifest.shard).toEqual({ number: i, count: 3 })
    expect(manifest.files.length).toBeGreaterThan(0)
    shards.push(out)
  }
  const merged = join(space.work, 'merged')
  await mergeIndexes([shards[2], shards[0], shards[1]], merged)
  expect(await bytes(merged)).toEqual(await bytes(whole))
  await expect(mergeIndexes([shards[0], shards[1]], join(space.work, 'merged-2'))).rejects.toThrow(
    /missing/i
  )
})

test('max-tokens beyond the model window is refused, naming both, rather than truncating', async () => {
  const small = join(space.work, 'small-window-model')
  await cp(space.model, small, { recursive: true })
  const configFile = join(small, 'config.json')
  const modelConfig = JSON.parse(await readFile(configFile, 'utf8'))
  await writeFile(configFile, JSON.stringify({ ...modelConfig, max_position_embeddings: 128 }))
  await expect(
    index([
      '--root',
      repo,
      '--out',
      join(space.work, 'too-wide'),
      '--model-path',
      small,
      '--model',
      'local/tiny'
    ])
  ).rejects.toThrow(
    /max-tokens 256 is more than the 128 tokens model local\/tiny takes.*at most 128/
  )
})

test('a prior index of another dimension under the same model name is ignored, not padded', async () => {
  const tree = join(space.work, 'one-file')
  await mkdir(tree, { recursive: true })
  await writeFile(join(tree, 'note.md'), '# Note\n\nOne short file.\n')
  const prior = join(space.work, 'prior-32d')
  await index(['--root', tree, '--out', prior, ...common()])
  const wider = await fixtureModel('minilm')
  const log = recordingLog()
  const out = join(space.work, 'after-384d')
  const result = await index(
    [
      '--root',
      tree,
      '--out',
      out,
      '--prior',
      prior,
      '--model-path',
      wider,
      '--model',
      'local/tiny'
    ],
    log
  )
  expect(result.priorUsed).toBe(false)
  // Other model files: the digest tells them apart before the dimension is read.
  expect(log.warnings.join('\n')).toMatch(/prior index .* not used: .*model files "sha256 /)
  expect((await readIndex(out)).manifest.model.dimension).toBe(384)
  expect(await verifyIndex(out)).toMatchObject({ ok: true })
})

test('a revision the hub moved to another commit never mixes its vectors with the old ones', async () => {
  const hub = await startHubServer('org/tiny', 'main', space.model)
  try {
    const tree = join(space.work, 'pinned-tree')
    await mkdir(tree, { recursive: true })
    await writeFile(join(tree, 'note.md'), '# Note\n\nPinned to a commit.\n')
    const hubFlags = [
      '--model',
      'org/tiny',
      '--hub-url',
      hub.url,
      '--cache-dir',
      join(space.work, 'hub-cache')
    ]
    const first = join(space.work, 'pinned-1')
    const before = await index(['--root', tree, '--out', first, ...hubFlags])
    expect(before.manifest.model).toMatchObject({ revision: 'main', commit: hub.commit })

    // `main` now serves other files (the same tiny model, copied to a folder of its own).
    const moved = join(space.work, 'moved-model')
    await cp(space.model, moved, { recursive: true })
    const newCommit = hub.moveRevision(moved)
    const log = recordingLog()
    const second = join(space.work, 'pinned-2')
    const after = await index(['--root', tree, '--out', second, '--prior', first, ...hubFlags], log)
    expect(after.priorUsed).toBe(false)
    expect(log.warnings.join('\n')).toMatch(/not used: it was made with model files "[0-9a-f]{40}"/)
    expect(after.manifest.model.commit).toBe(newCommit)
    expect(after.stats.chunks_embedded).toBe(after.stats.chunks_total)
  } finally {
    await hub.close()
  }
})

test('q8 through the graph rewrite gives the bytes --no-fuse gives, with any worker count', async () => {
  const mmi = await fixtureModel('tiny', true, 'matmul-integer')
  const q8 = ['--model-path', mmi, '--model', 'local/tiny', '--batch-size', '8', '--dtype', 'q8']
  const cache = ['--cache-dir', join(space.work, 'fuse-cache')]
  const fusedLog = recordingLog()
  await index(
    ['--root', repo, '--out', join(space.work, 'fused'), '--workers', '2', ...q8, ...cache],
    fusedLog
  )
  expect(fusedLog.infos.join('\n')).toMatch(/graph rewrite of .*: matmul-integer ×\d+, bias ×\d+/)
  const plainLog = recordingLog()
  await index(
    [
      '--root',
      repo,
      '--out',
      join(space.work, 'unfused'),
      '--workers',
      '1',
      '--no-fuse',
      ...q8,
      ...cache
    ],
    plainLog
  )
  expect(plainLog.infos.join('\n')).not.toMatch(/graph rewrite/)
  expect(await bytes(join(space.work, 'fused'))).toEqual(await bytes(join(space.work, 'unfused')))
})
