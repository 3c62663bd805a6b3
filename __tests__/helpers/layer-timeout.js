import { jest } from '@jest/globals'

// Each layer of jest.config.js names its own test time limit (unit tests small, end to end large).
jest.setTimeout(globalThis.layerTestTimeoutMs)
