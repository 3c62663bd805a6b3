import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

/**
 * The folders of src/, lowest first: a folder may import only from the folders before it in this
 * list (never from one after it, nor from the entry files in src/ itself). One line is one layer;
 * folders on the same line do not import each other.
 */
const LAYERS = [
  ['core'],
  ['util'],
  ['github', 'scan', 'chunk', 'embed', 'ann'],
  ['artifact'],
  ['report', 'cache', 'export', 'pull'],
  ['config'],
  ['pipeline'],
  ['serve'],
  ['mcp'],
  ['cli', 'action']
]
const FOLDERS = LAYERS.flat()
// The entry files (src/version.ts and src/entry-scripts.ts, the other files there, belong to the
// lowest layer).
const ENTRIES =
  './src/{cli,index,main,worker,keyword-worker,digest-worker,graph-worker,embedder-worker}.ts'
/**
 * Entry modules a worker thread or process starts with: its entry file imports them directly, so
 * that the worker loads its own code and not the whole folder's face.
 */
const WORKER_MAINS = {
  embed: ['./worker-main.ts'],
  serve: ['./keyword-thread.ts', './graph-thread.ts', './embedder-thread.ts'],
  artifact: ['./digest-thread.ts']
}

const folder = name => `./src/${name}`
const layerOf = name => LAYERS.findIndex(layer => layer.includes(name))

/** No folder imports a folder of its own layer or a higher one, nor an entry file. */
const upwardZones = FOLDERS.map(name => ({
  target: folder(name),
  from: [
    ...FOLDERS.filter(other => other !== name && layerOf(other) >= layerOf(name)).map(
      other => `${folder(other)}/**`
    ),
    ENTRIES
  ],
  message: `src/${name} may import only folders of a lower layer (eslint.config.js LAYERS).`
}))

/** Outside a folder, only its index.ts is imported: the rest are its internals. */
const faceZones = FOLDERS.flatMap(name => [
  {
    target: FOLDERS.filter(other => other !== name).map(folder),
    from: folder(name),
    except: ['./index.ts'],
    message: `import src/${name} through its index.ts.`
  },
  {
    target: ENTRIES,
    from: folder(name),
    except: ['./index.ts', ...(WORKER_MAINS[name] ?? [])],
    message: `import src/${name} through its index.ts.`
  }
])

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', '.fixtures/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  // src/ only: tests, the bench and tools may import a folder's internal file to unit-test it.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the plugin reads no .ts file, and no-cycle follows no import.
      'import-x/extensions': ['.ts'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })]
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...upwardZones, ...faceZones] }]
    }
  }
)
