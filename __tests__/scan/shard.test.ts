import { seededRandom } from '../../tools/fixture-model/random.js'
import { inShard, parseShard } from '../../src/core/shard.js'
import { scanRepository } from '../../src/scan/scan.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterEach(removeTrees)

function randomPaths(seed: number, count: number): string[] {
  const random = seededRandom(seed)
  const segment = () => Math.floor(random() * 1e9).toString(36)
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, segment).join('/')
  )
}

describe('parseShard', () => {
  it('reads I/N', () => {
    expect(parseShard('1/1')).toEqual({ number: 1, count: 1 })
    expect(parseShard('3/4')).toEqual({ number: 3, count: 4 })
    expect(parseShard(' 2 / 16 ')).toEqual({ number: 2, count: 16 })
  })

  it.each([
    ['0/2', /between 1 and 2/],
    ['3/2', /between 1 and 2/],
    ['1/0', /at least 1/],
    ['a/b', /I\/N/],
    ['1', /I\/N/],
    ['1/2/3', /I\/N/],
    ['-1/2', /I\/N/],
    ['1.5/2', /I\/N/],
    ['', /I\/N/],
    ['1/99999999999999999999', /too large/]
  ])('rejects %j', (text, message) => {
    expect(() => parseShard(text)).toThrow(message)
  })
})

describe('inShard', () => {
  it('puts every path in exactly one shard, in roughly equal parts', () => {
    const paths = randomPaths(1, 3000)
    for (const count of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: count }, () => 0)
      for (const path of paths) {
        const owners = sizes.map((_, i) => i).filter(i => inShard(path, { number: i + 1, count }))
        expect(owners).toHaveLength(1)
        sizes[owners[0]]++
      }
      for (const size of sizes) expect(size).toBeGreaterThan((0.8 * paths.length) / count)
    }
  })

  it('picks the shard from the first four bytes of the SHA-256 of the path', () => {
    // printf 'src/index.ts' | sha256sum: a2a17144...; 0xa2a17144 % 5 = 4, i.e. shard 5 of 5.
    expect(inShard('src/index.ts', { number: 5, count: 5 })).toBe(true)
    // printf 'README.md' | sha256sum: b3356305...; 0xb3356305 % 3 = 0, i.e. shard 1 of 3.
    expect(inShard('README.md', { number: 1, count: 3 })).toBe(true)
  })
})

describe('scanRepository with a shard', () => {
  it('splits files and skipped files into disjoint shards that cover the whole scan', async () => {
    const files: Record<string, string> = {}
    for (const [i, path] of randomPaths(2, 60).entries()) {
      files[`${path}.md`] = i % 4 === 0 ? '' : `file ${i}\n`
    }
    files['.env'] = 'TOKEN=1\n'
    const root = await makeTree(files)
    const whole = await scanRepository(optionsFor(root))
    expect(whole.skipped.length).toBeGreaterThan(10)
    const shards = await Promise.all(
      [1, 2, 3].map(index =>
        scanRepository(optionsFor(root, { shard: { number: index, count: 3 } }))
      )
    )
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1)
    expect(shards.flatMap(s => s.files).sort(byPath)).toEqual(whole.files)
    expect(shards.flatMap(s => s.skipped).sort(byPath)).toEqual(whole.skipped)
    for (const shard of shards) expect(shard.files.length).toBeGreaterThan(5)
  })

  it('keeps a file in its shard when other files are added', async () => {
    const root = await makeTree(Object.fromEntries(randomPaths(3, 30).map(p => [`${p}.md`, 'x\n'])))
    const before = await scanRepository(optionsFor(root, { shard: { number: 2, count: 4 } }))
    const grown = await makeTree(
      Object.fromEntries(
        [...randomPaths(3, 30), ...randomPaths(4, 50)].map(p => [`${p}.md`, 'x\n'])
      )
    )
    const after = await scanRepository(optionsFor(grown, { shard: { number: 2, count: 4 } }))
    const afterPaths = new Set(after.files.map(f => f.path))
    for (const file of before.files) expect(afterPaths.has(file.path)).toBe(true)
    expect(after.files.length).toBeGreaterThan(before.files.length)
  })
})
