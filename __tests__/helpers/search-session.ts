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

/** Indexes `repo` into `work`/index with these extra index flags, then opens a session on it. */
export async function indexedSession(
  repo: string,
  work: string,
  flags: readonly string[] = []
): Promise<OpenSession> {
  const model = await fixtureModel('tiny')
  const index = join(work, 'index')
  await indexWithFlags(
    [
      '--root',
      repo,
      '--out',
      index,
      '--store-text',
      ...flags,
      '--model-path',
      model,
      '--model',
      'local/tiny'
    ],
    work
  )
  const embedders = new EmbedderPool()
  const config = {
    id: 'local/tiny',
    revision: 'main',
    dtype: 'fp32' as const,
    path: model,
    hubUrl: 'http://127.0.0.1:9',
    cacheDir: join(work, 'cache')
  }
  const session = await SearchSession.open(
    index,
    await readVerifiedIndex(index),
    { model: config },
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
