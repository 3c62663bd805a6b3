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
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LANGUAGES, RUNTIME_SCRIPT, RUNTIME_WASM } from '../src/chunk/languages.js'
import { bundledPackages, renderLicences } from './bundle-licences.js'

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
  const stats = join(staging, `${output}.stats.json`)
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
      '--stats-out',
      stats
    ],
    { cwd: root, stdio: 'inherit' }
  )
  // Modules the code imports on first use (transformers.js, the search side, the ONNX reader) come
  // as chunks (`<id>.index.js`) that the bundle loads from beside itself. The entries share dist/,
  // so each entry's chunks are named after it (`<id>.cli.js`) and its loader is pointed there.
  const chunks = readdirSync(out).filter(name => /^\d+\.index\.js$/.test(name))
  const suffix = output.replace(/\.js$/, '')
  if (chunks.length > 0) {
    const code = readFileSync(join(out, 'index.js'), 'utf8')
    const loader = 'return "" + chunkId + ".index.js";'
    if (code.split(loader).length !== 2) throw new Error(`${output}: ncc's chunk loader not found`)
    writeFileSync(
      join(out, 'index.js'),
      code.replace(loader, `return "" + chunkId + ".${suffix}.js";`)
    )
  }
  renameSync(join(out, 'index.js'), join(dist, output))
  for (const chunk of chunks) {
    renameSync(join(out, chunk), join(dist, chunk.replace(/\.index\.js$/, `.${suffix}.js`)))
  }
  // A bundle of our code alone (the keyword worker) has no third-party licences to list.
  const packages = bundledPackages(JSON.parse(readFileSync(stats, 'utf8')) as object)
  if (packages.length > 0) {
    writeFileSync(join(dist, `${suffix}.licenses.txt`), renderLicences(packages))
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
