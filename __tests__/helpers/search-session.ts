/**
 * A search session as `query` and `serve` open one: over an index of `repo` built with the tiny
 * fixture model and stored text, the model loaded from its folder (no hub is reachable).
 */
import { join } from 'node:path'
import { readVerifiedIndex } from '../../src/artifact/verify.js'
import { EmbedderPool } from '../../src/serve/query-embedder.js'
import { SearchSession } from '../../src/serve/session.js'
import { fixtureModel } from './model.js'
import { indexWithFlags, quiet } from './run-index.js'

export interface OpenSession {
  session: SearchSession
  /** Closes the session, then lets go of its model. */
  close(): Promise<void>
}

/**
 * The tiny fixture model as index flags and as the model config of a session, its cache in
 * `work`/cache.
 */
export async function tinyModel(work: string) {
  const model = await fixtureModel('tiny')
  return {
    flags: ['--model-path', model, '--model', 'local/tiny', '--cache-dir', join(work, 'cache')],
    config: {
      id: 'local/tiny',
      revision: 'main',
      dtype: 'fp32' as const,
      path: model,
      hubUrl: 'http://127.0.0.1:9',
      cacheDir: join(work, 'cache')
    }
  }
}

/** Indexes `repo` into `work`/index with these extra index flags, then opens a session on it. */
export async function indexedSession(
  repo: string,
  work: string,
  flags: readonly string[] = []
): Promise<OpenSession> {
  const index = join(work, 'index')
  const model = await tinyModel(work)
  await indexWithFlags(
    ['--root', repo, '--out', index, '--store-text', ...flags, ...model.flags],
    work
  )
  const embedders = new EmbedderPool()
  const session = await SearchSession.open(
    index,
    await readVerifiedIndex(index),
    { model: model.config },
    quiet,
    embedders
  )
  return {
    session,
    close: async () => {
      await session.close()
      await embedders.dispose()
    }
  }
}
