import { afterAll, beforeAll } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fixtureModel } from './model.js'

/** The flags that run the pipeline or the CLI on a generated model folder (as id local/tiny), not the hub. */
export function localModelFlags(modelPath: string): string[] {
  return ['--model-path', modelPath, '--model', 'local/tiny']
}

/** A test file's scratch folder and the tiny generated model; filled in before its tests run. */
export interface TinyWorkspace {
  work: string
  model: string
  modelFlags: string[]
}

/** Makes the scratch folder (named `prefix…` in the temp folder) before a file's tests, removes it after. */
export function useTinyWorkspace(prefix: string): TinyWorkspace {
  const space: TinyWorkspace = { work: '', model: '', modelFlags: [] }
  beforeAll(async () => {
    space.model = await fixtureModel('tiny')
    space.modelFlags = localModelFlags(space.model)
    space.work = await mkdtemp(path.join(tmpdir(), prefix))
  })
  afterAll(async () => {
    await rm(space.work, { recursive: true, force: true })
  })
  return space
}
