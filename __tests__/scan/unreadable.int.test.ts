import { spawnSync } from 'node:child_process'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ScanResult } from '../../src/scan/scan.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

const SCAN_MODULE = fileURLToPath(new URL('../../src/scan/scan.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

// Permission bits do not stop root (CI containers often run as root). There the scan runs in a
// child process that loads the scanner, then becomes the unprivileged user 'nobody' (so it needs
// no access to the checkout) before scanning: a real EACCES is what it meets either way.
const NOBODY = 65534
const runningAsRoot = process.getuid?.() === 0

function scanInChild(root: string): ScanResult {
  const code = [
    'const { scanRepository } = await import(process.argv[1])',
    'const options = JSON.parse(process.argv[2])',
    `if (process.argv[3] === 'drop') { process.setgid(${NOBODY}); process.setuid(${NOBODY}) }`,
    'process.stdout.write(JSON.stringify(await scanRepository(options)))'
  ].join('\n')
  const args = [SCAN_MODULE, JSON.stringify(optionsFor(root)), runningAsRoot ? 'drop' : 'keep']
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, ...args],
    { cwd: REPO_ROOT, encoding: 'utf8' }
  )
  if (child.status !== 0) throw new Error(`scan child failed: ${child.stderr}`)
  return JSON.parse(child.stdout) as ScanResult
}

afterEach(async () => {
  await removeTrees()
})

describe('scanRepository on files it may not read', () => {
  it('reports an unreadable file and an unlistable folder with the error code', async () => {
    const root = await makeTree({
      'readable.md': 'ok\n',
      'locked.md': 'no\n',
      'closed/inner.md': 'no\n'
    })
    await mkdir(path.join(root, 'open'))
    await writeFile(path.join(root, 'open', 'fine.md'), 'fine\n')
    await chmod(root, 0o755)
    await chmod(path.join(root, 'locked.md'), 0o000)
    await chmod(path.join(root, 'closed'), 0o000)
    try {
      const result = scanInChild(root)
      expect(result.files.map(f => f.path)).toEqual(['open/fine.md', 'readable.md'])
      expect(result.skipped).toEqual([
        { path: 'closed', reason: 'unreadable', detail: 'EACCES' },
        { path: 'locked.md', reason: 'unreadable', detail: 'EACCES' }
      ])
    } finally {
      await chmod(path.join(root, 'closed'), 0o755)
    }
  })
})
