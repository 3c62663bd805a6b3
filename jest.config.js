// ESM TypeScript under jest, as in actions/typescript-action: ts-jest's ESM preset,
// run with --experimental-vm-modules (see the "test" scripts).
//
// A test file's name says its layer:
//   *.test.ts      unit: pure logic, no child process, no server, no model inference; fast
//   *.int.test.ts  integration: forked workers, ONNX Runtime, local servers, Azurite, git, mkfifo
//   *.e2e.test.ts  end to end: the CLI killed mid-run, the action under local-action, the
//                  100,000-file scan, the packed tarball installed from the registry
// `npm test` runs all three, `npm run test:unit|test:integration|test:e2e` one each; test:unit
// runs a jest worker on every core, as its tests start no processes of their own.
// `npm run test:dist` runs __tests__/dist/ against the bundle that `npm run package` builds.
const dist = globalThis.process.env.EMBED_INDEX_TEST_DIST === '1'

const SOURCES = '<rootDir>/{__tests__,bench,tools,script}/**/'

/** One layer: the same transform and environment for all, its own files and time limit. */
function layer(name, testMatch, testTimeoutMs, testPathIgnorePatterns = []) {
  return {
    displayName: name,
    preset: 'ts-jest/presets/default-esm',
    // onnxruntime-node hands back typed arrays of Node's main realm: share them with the sandbox.
    testEnvironment: '<rootDir>/__tests__/helpers/onnx-environment.js',
    extensionsToTreatAsEsm: ['.ts'],
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
    testMatch,
    testPathIgnorePatterns,
    // Jest reads testTimeout from the global config only; the setup file applies this per layer.
    globals: { layerTestTimeoutMs: testTimeoutMs },
    setupFilesAfterEnv: ['<rootDir>/__tests__/helpers/layer-timeout.js']
  }
}

const projects = dist
  ? [layer('dist', ['<rootDir>/__tests__/dist/**/*.test.ts'], 120_000)]
  : [
      layer('unit', [`${SOURCES}*.test.ts`], 15_000, [
        '\\.(int|e2e)\\.test\\.ts$',
        '<rootDir>/__tests__/dist/'
      ]),
      layer('integration', [`${SOURCES}*.int.test.ts`], 120_000),
      layer('e2e', [`${SOURCES}*.e2e.test.ts`], 300_000)
    ]

export default { projects, verbose: false }
