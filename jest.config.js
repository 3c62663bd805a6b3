// ESM TypeScript under jest, as in actions/typescript-action: ts-jest's ESM preset,
// run with --experimental-vm-modules (see the "test" script).
export default {
  preset: 'ts-jest/presets/default-esm',
  // onnxruntime-node hands back typed arrays of Node's main realm: share them with the sandbox.
  testEnvironment: '<rootDir>/__tests__/helpers/onnx-environment.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 120000,
  verbose: false
}
