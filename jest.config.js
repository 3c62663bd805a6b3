// ESM TypeScript under jest, as in actions/typescript-action: ts-jest's ESM preset,
// run with --experimental-vm-modules (see the "test" script).
// `npm test` runs the source's tests; `npm run test:dist` runs __tests__/dist/ against the bundle
// that `npm run package` builds.
const dist = globalThis.process.env.EMBED_INDEX_TEST_DIST === '1'

export default {
  preset: 'ts-jest/presets/default-esm',
  // onnxruntime-node hands back typed arrays of Node's main realm: share them with the sandbox.
  testEnvironment: '<rootDir>/__tests__/helpers/onnx-environment.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: dist
    ? ['<rootDir>/__tests__/dist/**/*.test.ts']
    : ['<rootDir>/{__tests__,bench,tools,script}/**/*.test.ts'],
  testPathIgnorePatterns: dist ? [] : ['<rootDir>/__tests__/dist/'],
  testTimeout: 120000,
  verbose: false
}
