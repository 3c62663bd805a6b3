/**
 * The CLI killed while indexing, from the source in a child process: whatever the moment of the
 * kill, the output folder holds the previous index, the complete new one or none, never a torn
 * one, and its workers end with it.
 */
import type { ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, watch } from 'node:fs'
import { cp, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { readIndexFiles } from '../src/artifact/read.js'
import { cliResult, runCli, startCli } from './helpers/cli-process.js'
import { childPids, isRunning, waitFor } from './helpers/processes.js'
import { seededRandom } from '../tools/fixture-model/random.js'
import { useTinyWorkspace } from './helpers/workspace.js'

const INDEX_FILES = ['manifest.json', 'chunks.jsonl', 'vectors.npy']

const space = useTinyWorkspace('ei-cli-kill-')
const start = (args: string[]): ChildProcess => startCli(args, space.work)
const cli = (...args: string[]) => runCli(args, space.work)

/** The index files of a folder, for byte comparison; undefined for a file that is not there. */
function indexBytes(dir: string): Record<string, string | undefined> {
  return Object.fromEntries(
    INDEX_FILES.map(file => {
      const path = join(dir, file)
      return [file, existsSync(path) ? readFileSync(path).toString('base64') : undefined]
    })
  )
}

function equal(a: Record<string, string | undefined>, b: Record<string, string | undefined>) {
  return INDEX_FILES.every(file => a[file] === b[file])
}

describe('the CLI killed while indexing', () => {
  let repo: string
  let previous: string
  let complete: string
  let big: string
  // The same flags for every run of the big tree, so that a finished run gives the same bytes.
  const bigFlags = () => [
    '--root',
    big,
    '--include',
    '**/*.txt',
    '--store-text',
    '--workers',
    '2',
    ...space.modelFlags
  ]

  beforeAll(async () => {
    // Lines of 120-letter words (one [UNK] token each): megabytes of chunk text to write, few
    // tokens to embed.
    repo = join(space.work, 'repo')
    await mkdir(repo)
    await writeFile(join(repo, 'notes.md'), '# Notes\n\nA small file to index.\n')
    big = join(space.work, 'big')
    await mkdir(big)
    const random = seededRandom(99)
    const word = () =>
      Array.from({ length: 120 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(
        ''
      )
    for (let file = 0; file < 60; file++) {
      const lines = Array.from({ length: 40 }, () => Array.from({ length: 10 }, word).join(' '))
      await writeFile(join(big, `part-${file}.txt`), lines.join('\n') + '\n')
    }
    previous = join(space.work, 'previous')
    const first = await cli('index', '--root', repo, '--out', previous, ...space.modelFlags)
    expect(first.code).toBe(0)
    complete = join(space.work, 'complete')
    const whole = await cli('index', '--out', complete, ...bigFlags())
    expect(whole.code).toBe(0)
  })

  /**
   * A worker notices its parent's death only once its event loop is free, after loading the
   * model, which takes seconds on a busy machine: a minute for all of them to end.
   */
  const WORKERS_END_WITHIN_MS = 60_000

  /**
   * When to kill: while embedding (a seeded 0-100 ms after the 'chunks:' line, while the workers
   * start and embed); a seeded 0-10 ms after the writer's staging folder appears in OUT; and the
   * moment the old index is kept aside, as the new files are about to be moved in.
   */
  const moments: [moment: 'embedding' | 'staging' | 'swap', seed: number, maxDelayMs: number][] = [
    ['embedding', 1, 100],
    ['staging', 2, 10],
    ['swap', 3, 0]
  ]

  it.each(moments)(
    'killed %s (seed %d): the previous index, the complete new one, or none',
    async (moment, seed, maxDelayMs) => {
      const out = join(space.work, `killed-${moment}`)
      await cp(previous, out, { recursive: true })
      const delay = seededRandom(seed)() * maxDelayMs
      const child = start(['index', '--out', out, ...bigFlags()])
      const exit = cliResult(child)
      let workers: number[] = []
      const kill = () =>
        setTimeout(() => {
          workers = childPids(child.pid!)
          child.kill('SIGKILL')
        }, delay)
      const watcher = watch(out, (_, name) => {
        const staging = moment === 'staging' && name === '.embed-index-next'
        if (staging || (moment === 'swap' && name === '.embed-index-prev')) {
          watcher.close()
          kill()
        }
      })
      if (moment === 'embedding') {
        createInterface({ input: child.stderr! }).on('line', line => {
          if (line.startsWith('chunks: ')) kill()
        })
      }
      const result = await exit
      watcher.close()
      await waitFor(() => !workers.some(isRunning), WORKERS_END_WITHIN_MS)

      // What the folder holds, by verify's verdict and by the bytes of the index readers read:
      // its own files, or the old index a writer killed mid-swap kept aside.
      const verdict = await cli('verify', '--index', out)
      const whole = await readIndexFiles(out).then(
        () => true,
        () => false
      )
      const bytes = indexBytes(whole ? out : join(out, '.embed-index-prev'))
      const holds =
        verdict.code === 1 && /^invalid: .*manifest\.json: missing\n$/.test(verdict.stdout)
          ? 'no index'
          : verdict.code !== 0
            ? verdict.stdout
            : equal(bytes, indexBytes(previous))
              ? 'the previous index'
              : equal(bytes, indexBytes(complete))
                ? 'the complete new index'
                : 'another valid index'
      const ended = result.signal === 'SIGKILL' ? 'killed' : `exit ${result.code}`
      const allowed =
        moment === 'embedding'
          ? // Nothing is written before the embedding is done.
            ['killed, the previous index']
          : // Once there was an index, there is always a whole one.
            [
              'killed, the previous index',
              'killed, the complete new index',
              // Done already when the kill came.
              'exit 0, the complete new index'
            ]
      // One of the allowed outcomes; when not, the failure shows what the run printed.
      const oneOf = new RegExp(`^(${allowed.join('|')})$`)
      expect({ outcome: `${ended}, ${holds}`, stderr: result.stderr }).toEqual({
        outcome: expect.stringMatching(oneOf),
        stderr: expect.any(String)
      })

      // The next run over the same folder finishes as if nothing had happened.
      expect(await cli('index', '--out', out, ...bigFlags())).toMatchObject({ code: 0 })
      expect(equal(indexBytes(out), indexBytes(complete))).toBe(true)
    }
  )
})
