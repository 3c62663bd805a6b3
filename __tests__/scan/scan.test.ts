import { createHash } from 'node:crypto'
import { unlinkSync } from 'node:fs'
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEFAULT_INCLUDE } from '../../src/scan/patterns.js'
import { scanRepository } from '../../src/scan/scan.js'
import type { ScanResult } from '../../src/scan/scan.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterEach(removeTrees)

const paths = (result: ScanResult) => result.files.map(f => f.path)
const reasons = (result: ScanResult) => result.skipped.map(s => [s.path, s.reason])

describe('scanRepository', () => {
  it('returns each file with its size, the hash of its bytes and its text', async () => {
    const text = 'export const answer = 42\n'
    const root = await makeTree({ 'src/answer.ts': text })
    const { files, skipped } = await scanRepository(optionsFor(root))
    expect(skipped).toEqual([])
    expect(files).toEqual([
      {
        path: 'src/answer.ts',
        bytes: 25,
        // sha256sum of the same 25 bytes.
        sha256: '5d2eb782fe3a645dbf5bdf2d765a254438962649c9c892811408cb50e04a5be4',
        // printf 'export const answer = 42\n' | git hash-object --stdin
        gitBlob: 'eab39ce89ca4e5ad3014211ebd8a6934a857c93e',
        content: text
      }
    ])
  })

  it('replaces invalid UTF-8 with U+FFFD and drops a byte order mark, hashing the raw bytes', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62, 0xc3, 0xa9, 0xe2, 0x82])
    const root = await makeTree({ 'odd.txt': bytes })
    const [file] = (await scanRepository(optionsFor(root))).files
    expect(file.content).toBe('a\uFFFDbé\uFFFD')
    expect(file.bytes).toBe(10)
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('lists files in code-unit order of their paths', async () => {
    const names = ['b.md', 'B.md', 'a.md', 'a/b.md', 'a-b.md', 'é.md', 'Z.md', 'a b.md', '_.md']
    const root = await makeTree(Object.fromEntries(names.map(n => [n, `# ${n}\n`])))
    expect(paths(await scanRepository(optionsFor(root)))).toEqual([
      'B.md',
      'Z.md',
      '_.md',
      'a b.md',
      'a-b.md',
      'a.md',
      'a/b.md',
      'b.md',
      'é.md'
    ])
  })

  it('skips binary, empty and too large files, with a reason', async () => {
    const root = await makeTree({
      'nul.txt': Buffer.concat([Buffer.from('text then '), Buffer.from([0]), Buffer.from('more')]),
      'control.txt': Buffer.from(Array.from({ length: 80 }, (_, i) => (i % 5 === 0 ? 1 : 0x41))),
      'ansi.log': '\x1b[31mred\x1b[0m\ttab\fpage\r\n',
      'zero.md': '',
      'blank.md': ' \n\t\r\n  \u00a0\n',
      'big.md': 'x'.repeat(101),
      'fits.md': 'y'.repeat(100)
    })
    const result = await scanRepository(optionsFor(root, { maxFileBytes: 100 }))
    expect(paths(result)).toEqual(['ansi.log', 'fits.md'])
    expect(result.skipped).toEqual([
      { path: 'big.md', reason: 'too-large', detail: '101 bytes' },
      { path: 'blank.md', reason: 'empty' },
      { path: 'control.txt', reason: 'binary' },
      { path: 'nul.txt', reason: 'binary' },
      { path: 'zero.md', reason: 'empty' }
    ])
  })

  it('reports a file deleted between listing and reading as vanished', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`f${String(i).padStart(2, '0')}.md`, `file ${i}\n`])
    )
    const root = await makeTree(files)
    const seen: number[] = []
    const result = await scanRepository(
      optionsFor(root, {
        onProgress: count => {
          seen.push(count)
          // Files are read in path order, a few at a time: the last is not open yet.
          if (count === 1) unlinkSync(path.join(root, 'f59.md'))
        }
      })
    )
    expect(result.skipped).toEqual([{ path: 'f59.md', reason: 'vanished' }])
    expect(result.files).toHaveLength(59)
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
  })

  it('uses the default include globs when none are given', async () => {
    const root = await makeTree({
      'src/main.ts': 'main()\n',
      'lib/util.py': 'pass\n',
      Dockerfile: 'FROM node\n',
      'docs/guide.md': '# Guide\n',
      '.github/workflows/ci.yml': 'on: push\n',
      'logo.png': 'not really a png\n',
      'package-lock.json.gz': 'zipped\n',
      'notes.unknown': 'text\n'
    })
    const expected = [
      '.github/workflows/ci.yml',
      'Dockerfile',
      'docs/guide.md',
      'lib/util.py',
      'src/main.ts'
    ]
    expect(paths(await scanRepository(optionsFor(root, { include: [] })))).toEqual(expected)
    expect(paths(await scanRepository(optionsFor(root, { include: DEFAULT_INCLUDE })))).toEqual(
      expected
    )
  })

  it('never indexes node_modules or .git, at any depth, and applies exclude globs', async () => {
    const root = await makeTree({
      'index.js': 'x()\n',
      'node_modules/dep/index.js': 'dep()\n',
      'packages/a/node_modules/dep/index.js': 'dep()\n',
      '.git/config': '[core]\n',
      'vendor/sub/.git/HEAD': 'ref\n',
      'dist/bundle.js': 'bundle()\n',
      'src/app.min.js': 'min()\n',
      'src/app.js': 'app()\n'
    })
    const result = await scanRepository(optionsFor(root, { exclude: ['dist/**', '**/*.min.js'] }))
    expect(paths(result)).toEqual(['index.js', 'src/app.js'])
    expect(result.skipped).toEqual([])
  })

  it('honours root and nested .gitignore files as git does', async () => {
    const root = await makeTree({
      '.gitignore': '*.log\nbuild/\n/only-root.md\n!keep.log\n',
      'a.log': 'log\n',
      'keep.log': 'kept\n',
      'only-root.md': 'ignored\n',
      'build/out.js': 'out()\n',
      'build/.gitignore': '!out.js\n',
      'pkg/.gitignore': 'secret-notes.md\n!debug.log\n',
      'pkg/only-root.md': 'not ignored: the rule is anchored to the root\n',
      'pkg/secret-notes.md': 'ignored\n',
      'pkg/debug.log': 're-included by the nested file\n',
      'pkg/other.log': 'ignored by the root file\n',
      'src/main.ts': 'main()\n'
    })
    expect(paths(await scanRepository(optionsFor(root)))).toEqual([
      '.gitignore',
      'keep.log',
      'pkg/.gitignore',
      'pkg/debug.log',
      'pkg/only-root.md',
      'src/main.ts'
    ])
    const all = await scanRepository(optionsFor(root, { gitignore: false }))
    expect(paths(all)).toHaveLength(12)
  })

  it('skips secret-looking files unless told not to; exclude globs still apply', async () => {
    const secrets = [
      '.env',
      '.env.production',
      'config/server.pem',
      'tls.KEY',
      'home/.ssh/id_rsa',
      'home/.ssh/id_ed25519.pub',
      'id_dsa',
      'id_ecdsa',
      'cert.p12',
      'cert.pfx',
      'aws/credentials',
      'gcp/credentials.json',
      '.npmrc',
      '.pypirc',
      '.netrc'
    ]
    const ordinary = ['environment.md', 'keys.ts', 'credentials.md', 'my.env.md']
    const root = await makeTree(
      Object.fromEntries([...secrets, ...ordinary].map(file => [file, 'token=abc\n']))
    )
    const guarded = await scanRepository(optionsFor(root))
    expect(paths(guarded)).toEqual([...ordinary].sort())
    expect(reasons(guarded)).toEqual([...secrets].sort().map(file => [file, 'secret']))

    const open = await scanRepository(
      optionsFor(root, { excludeSecrets: false, exclude: ['**/.env*'] })
    )
    expect(open.skipped).toEqual([])
    expect(paths(open)).toEqual(
      [...secrets, ...ordinary].filter(file => !file.startsWith('.env')).sort()
    )
  })

  it('reads no symbolic link, whatever it points to, and lists each as skipped', async () => {
    const outside = await makeTree({ 'secret.md': 'outside root\n', 'dir/x.md': 'outside\n' })
    const root = await makeTree({
      'real/target.md': 'inside\n',
      'real/.env': 'TOKEN=1\n',
      'real/.git/config': '[remote] url = https://token@host\n'
    })
    const link = (target: string, name: string) => symlink(target, path.join(root, name))
    await link('real/target.md', 'inside.md')
    await link(path.join(outside, 'secret.md'), 'outside.md')
    await link('../../' + path.basename(outside) + '/secret.md', 'real/relative-out.md')
    await link(outside, 'outside-dir')
    await link('..', 'real/up')
    await link('.', 'self.md')
    await link('missing.md', 'dangling.md')
    await link('loop-b.md', 'loop-a.md')
    await link('loop-a.md', 'loop-b.md')
    await link('real/.env', 'settings.md')
    await link('real/.git/config', 'git-config.md')

    const result = await scanRepository(optionsFor(root))
    expect(result.files.map(f => [f.path, f.content])).toEqual([['real/target.md', 'inside\n']])
    expect(reasons(result)).toEqual([
      ['dangling.md', 'symlink'],
      ['git-config.md', 'symlink'],
      ['inside.md', 'symlink'],
      ['loop-a.md', 'symlink'],
      ['loop-b.md', 'symlink'],
      ['outside-dir', 'symlink'],
      ['outside.md', 'symlink'],
      ['real/.env', 'secret'],
      ['real/relative-out.md', 'symlink'],
      ['real/up', 'symlink'],
      ['self.md', 'symlink'],
      ['settings.md', 'symlink']
    ])
  })

  it('finds files whose names or folders hold line breaks, quotes, spaces and non-ASCII', async () => {
    const names = [
      'a\nb/c.md',
      'x\r\ny.md',
      'q"uo\'te/ s p .md',
      'l\u2028s\u2029p/d.md',
      '中文/😀.md'
    ]
    const root = await makeTree(Object.fromEntries(names.map(n => [n, `${n}\n`])))
    const result = await scanRepository(optionsFor(root, { include: ['**/*.md'] }))
    expect(result.files.map(f => [f.path, f.content])).toEqual(
      [...names].sort().map(n => [n, `${n}\n`])
    )
  })

  it('reads nothing outside root, whatever the include globs say', async () => {
    const outside = await makeTree({ 'secret.md': 'outside root\n' })
    const root = await makeTree({ 'sub/inside.md': 'inside\n' })
    const up = path.relative(root, outside).split(path.sep).join('/')
    const result = await scanRepository(
      optionsFor(root, {
        include: [`${up}/**`, `sub/../${up}/*`, `${outside.split(path.sep).join('/')}/*`, '**/*.md']
      })
    )
    expect(result.files.map(f => [f.path, f.content])).toEqual([['sub/inside.md', 'inside\n']])
    expect(result.skipped).toEqual([])
  })

  it('takes globs written with ./ or through a file, each file once, failing on neither', async () => {
    const root = await makeTree({ 'src/a.md': 'a\n', 'file.md': 'f\n' })
    const result = await scanRepository(
      optionsFor(root, {
        include: ['./src/**', 'src/*.md', 'file.md/x', 'file.md/**', 'src/a.md/b']
      })
    )
    expect(paths(result)).toEqual(['src/a.md'])
    expect(result.skipped).toEqual([])
  })

  it('fails clearly when root is not a folder', async () => {
    const root = await makeTree({ 'file.md': 'x\n' })
    await expect(scanRepository(optionsFor(path.join(root, 'file.md')))).rejects.toThrow(
      /not a folder/
    )
    await expect(scanRepository(optionsFor(path.join(root, 'missing')))).rejects.toThrow(/ENOENT/)
  })
})

test('the default include leaves out lock files and minified bundles; an explicit include decides', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'ei-default-exclude-'))
  await writeFile(path.join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n')
  await writeFile(path.join(root, 'app.min.js'), 'var a=1;\n')
  await writeFile(path.join(root, 'app.js'), 'const a = 1\n')
  const base = optionsFor(root, { maxFileBytes: 1 << 20 })
  const byDefault = await scanRepository({ ...base, include: [] })
  expect(byDefault.files.map(f => f.path)).toEqual(['app.js'])
  const explicit = await scanRepository({ ...base, include: ['**/*.json', '**/*.js'] })
  expect(explicit.files.map(f => f.path)).toEqual(['app.js', 'app.min.js', 'package-lock.json'])
  await rm(root, { recursive: true, force: true })
})
