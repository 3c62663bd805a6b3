/**
 * The scanner on a tree of 100,000 files: every one listed, in path order, with its own content.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { comparePaths } from '../../src/core/paths.js'
import { scanRepository } from '../../src/scan/scan.js'

const MiB = 1024 * 1024

test('a tree of 100,000 small files is scanned whole, in path order', async () => {
  // In memory where there is a memory file system: what is tested is the scanner, and making
  // 100k files on a busy disk took over a minute here, against a second in memory.
  const root = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'ei-many-'))
  try {
    const expected: string[] = []
    for (let folder = 0; folder < 100; folder++) {
      mkdirSync(join(root, `d${folder}`))
      for (let n = 0; n < 1000; n++) {
        const path = `d${folder}/f${n}.txt`
        writeFileSync(join(root, path), `file ${folder}/${n}\n`)
        expected.push(path)
      }
    }
    const result = await scanRepository({
      root,
      include: [],
      exclude: [],
      gitignore: true,
      maxFileBytes: MiB,
      excludeSecrets: true,
      ownPaths: []
    })
    expect(result.skipped).toEqual([])
    expect(result.files.map(f => f.path)).toEqual(expected.sort(comparePaths))
    const wrong = result.files.filter(
      f => f.content !== `file ${f.path.slice(1, -4).replace('/f', '/')}\n`
    )
    expect(wrong).toEqual([])
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
})
