/**
 * Checks, before any work, that the run will write only where it should: the index into a folder
 * that is new, empty or an index already (never through a symbolic link, never the tree being
 * indexed), and the stats file somewhere that is not part of either.
 */
import { lstat, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkIndexFolder } from '../artifact/index.js'
import { ConfigError, type IndexConfig } from '../config/index.js'
import { errorCode, errorMessage } from '../util/index.js'
import { isWithin, makeFolders, realPathOf } from '../util/index.js'
import { parseJson } from '../util/index.js'
import { readRegularFile } from '../util/index.js'

export async function prepareOutput(config: IndexConfig): Promise<void> {
  await checkOutputPath(config)
  if (config.statsJson) await checkStatsJsonPath(config.statsJson, config.output)
  await assertWritable(config.output)
}

/**
 * The output folder must not be a symbolic link, nor be reached through one inside the root (a
 * pull request can commit links; the folders above the root are the workflow's), nor be or hold
 * the root, and must hold an index or nothing.
 */
async function checkOutputPath({ root, output }: IndexConfig): Promise<void> {
  const refuse = (problem: string): never => {
    throw new ConfigError(`output folder ${output} ${problem}; choose another with output / --out`)
  }
  // The folder itself, then each folder above it that lies inside the root.
  const chain = [output]
  for (let at = dirname(output); at !== root && isWithin(at, root); at = dirname(at)) chain.push(at)
  for (const at of chain) {
    const stats = await lstat(at).catch(() => undefined)
    if (stats?.isSymbolicLink()) {
      refuse(at === output ? 'is a symbolic link' : `is reached through the symbolic link ${at}`)
    }
  }
  const [realOutput, realRoot] = await Promise.all([realPathOf(output), realPathOf(root)])
  if (isWithin(realRoot, realOutput)) {
    refuse(`is, or holds, the folder being indexed (${root})`)
  }
  await checkIndexFolder(output).catch((error: unknown) => {
    throw new ConfigError(`${errorMessage(error)} (output / --out)`, { cause: error })
  })
}

/**
 * --stats-json must name a file in an existing folder, outside the index folder, and, if it
 * exists, an earlier stats file: never a project's own file or a folder.
 */
async function checkStatsJsonPath(file: string, output: string): Promise<void> {
  const refuse = (problem: string): never => {
    throw new ConfigError(`--stats-json: ${file} ${problem}`)
  }
  if (isWithin(await realPathOf(file), await realPathOf(output))) {
    refuse('is inside the output folder; it would change the index')
  }
  const folder = await stat(dirname(file)).catch(() => undefined)
  if (!folder?.isDirectory()) refuse('is not in an existing folder')
  const stats = await lstat(file).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined
    return refuse(`cannot be checked (${errorCode(error)})`)
  })
  if (stats === undefined) return
  if (!stats.isFile()) refuse('exists and is not a regular file')
  const earlier = await readRegularFile(file)
    .then(bytes => parseJson(bytes.toString('utf8'), file) as { files_total?: unknown } | null)
    .catch(() => null)
  if (typeof earlier?.files_total !== 'number') {
    refuse('exists and is not an embed-index stats file; it is not overwritten')
  }
}

/**
 * Fails early, naming the folder, when the index could not be written there. Folders made for the
 * probe are removed again (writeIndex makes them), so a run that fails later leaves nothing behind.
 */
async function assertWritable(dir: string): Promise<void> {
  const probe = join(dir, `.embed-index-write-test-${process.pid}`)
  let created: string | undefined
  try {
    created = await makeFolders(dir)
    await writeFile(probe, '')
    await rm(probe)
  } catch (error) {
    throw new Error(
      `output folder ${dir} is not writable (${errorCode(error)}); choose another with output / --out`,
      { cause: error }
    )
  } finally {
    if (created !== undefined) await rm(created, { recursive: true, force: true })
  }
}
