/**
 * `npm run package`: bundles the three entries into dist/ with ncc and lays beside them what a
 * bundle cannot hold, so that dist/ runs with no node_modules present.
 *
 * - sharp (native, image-only) is swapped for ./sharp-stub.ts through the `paths` of
 *   tsconfig.json, which ncc's resolver honours.
 * - transformers.js loads onnxruntime-node with createRequire() at run time, and onnxruntime-node
 *   loads its native binding by a computed path; neither can be bundled, so the package itself
 *   (JavaScript plus the Linux x64 and arm64 binaries) is copied to dist/node_modules/, where that
 *   require() resolves from dist/*.js.
 * - ncc resolves transformers.js to its CommonJS build, which falls back to `__filename` when
 *   `import.meta.url` is not available; the ESM bundle gets a two-line shim defining it.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const dist = join(root, 'dist')
const staging = join(root, '.tmp', 'ncc')

const ENTRIES = [
  { source: 'src/action.ts', output: 'index.js' },
  { source: 'src/cli.ts', output: 'cli.js' },
  { source: 'src/worker.ts', output: 'worker.js' }
]

const SHIM =
  "import { fileURLToPath as __eiFileURLToPath } from 'node:url';\n" +
  'const __filename = __eiFileURLToPath(import.meta.url);\n'

const PLATFORMS = ['linux/x64', 'linux/arm64']

function bundle(source: string, output: string): void {
  const out = join(staging, output)
  rmSync(out, { recursive: true, force: true })
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      source,
      '-o',
      out,
      '-t',
      '-q',
      '--license',
      'licenses.txt'
    ],
    { cwd: root, stdio: 'inherit' }
  )
  const code = readFileSync(join(out, 'index.js'), 'utf8')
  writeFileSync(join(dist, output), SHIM + code)
  renameSync(join(out, 'licenses.txt'), join(dist, output.replace(/\.js$/, '.licenses.txt')))
}

function copyRuntimePackage(name: string, parts: string[]): void {
  const from = join(root, 'node_modules', name)
  const to = join(dist, 'node_modules', name)
  for (const part of ['package.json', 'LICENSE', ...parts]) {
    try {
      cpSync(join(from, part), join(to, part), {
        recursive: true,
        filter: file => !file.endsWith('.map') && !file.endsWith('.d.ts')
      })
    } catch (error) {
      if (part !== 'LICENSE') throw error
    }
  }
}

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
for (const entry of ENTRIES) bundle(entry.source, entry.output)
writeFileSync(join(dist, 'package.json'), '{\n  "type": "module"\n}\n')
copyRuntimePackage('onnxruntime-node', ['dist', ...PLATFORMS.map(p => `bin/napi-v6/${p}`)])
copyRuntimePackage('onnxruntime-common', ['dist/cjs'])
rmSync(join(root, '.tmp'), { recursive: true, force: true })
console.log(`dist/: ${readdirSync(dist).join(', ')}`)
