/**
 * `npm run package`: bundles the entries into dist/ with ncc and lays beside them what a
 * bundle cannot hold, so that dist/ runs with no node_modules present.
 *
 * - sharp (native, image-only) is swapped for ./sharp-stub.ts through the `paths` of
 *   tsconfig.json, which ncc's resolver honours.
 * - transformers.js loads onnxruntime-node with createRequire() at run time, and onnxruntime-node
 *   loads its native binding by a computed path; neither can be bundled, so the package itself
 *   (JavaScript plus the Linux x64 and arm64 binaries) is copied to dist/node_modules/, where that
 *   require() resolves from dist/*.js.
 * - tsconfig.json compiles to ES modules (module ES2022), so ncc resolves the ESM builds of
 *   ESM-only packages (@actions/core, transformers.js) and keeps `import.meta.url` working.
 * - The chunker's tree-sitter runtime (its CommonJS build) and grammars (WebAssembly) are
 *   loaded at run time (src/chunk/grammars.ts), resolved like modules: those files, and only
 *   those, are copied into dist/node_modules under their packages' names.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LANGUAGES, RUNTIME_SCRIPT, RUNTIME_WASM } from '../src/chunk/languages.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const staging = join(root, '.tmp', 'ncc')

const ENTRIES = [
  { source: 'src/index.ts', output: 'index.js' },
  { source: 'src/cli.ts', output: 'cli.js' },
  { source: 'src/worker.ts', output: 'worker.js' },
  { source: 'src/keyword-worker.ts', output: 'keyword-worker.js' }
]

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
  renameSync(join(out, 'index.js'), join(dist, output))
  // A bundle of our code alone (the keyword worker) has no third-party licences to list.
  const licenses = join(out, 'licenses.txt')
  if (existsSync(licenses)) {
    renameSync(licenses, join(dist, output.replace(/\.js$/, '.licenses.txt')))
  }
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
const treeSitter = [RUNTIME_SCRIPT, RUNTIME_WASM, ...LANGUAGES.map(language => language.grammar)]
for (const name of new Set(treeSitter.map(file => file.package))) {
  copyRuntimePackage(
    name,
    treeSitter.filter(file => file.package === name).map(file => file.file)
  )
}
rmSync(join(root, '.tmp'), { recursive: true, force: true })
console.log(`dist/: ${readdirSync(dist).join(', ')}`)
