import { TestEnvironment } from 'jest-environment-node'

// onnxruntime-node's native binding returns typed arrays from Node's main realm, while test code
// and onnxruntime-common run in jest's sandbox realm, where `instanceof Float32Array` then fails
// ("A float32 tensor's data must be type of function Float32Array()"). Sharing the main realm's
// typed-array constructors with the sandbox makes both sides agree.
const SHARED_CONSTRUCTORS = [
  'ArrayBuffer',
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array'
]

export default class OnnxEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context)
    for (const name of SHARED_CONSTRUCTORS) this.global[name] = globalThis[name]
  }
}
