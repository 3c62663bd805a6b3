import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('fixture:model CLI', () => {
  it('rejects a bad flag with one line naming it and a non-zero exit', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tools/fixture-model.ts', '--preset', 'large', '--out', 'unused'],
      { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } }
    )
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      'fixture:model: --preset must be one of tiny, minilm, got "large"'
    ])
  })
})
