/**
 * The machine's own matrix-kernel limits, measured in the bench run itself: ONNX Runtime's fp32
 * MatMul and int8 DynamicQuantizeMatMul on 1024 × 1024 × 1024 products, at 1 thread and at one
 * thread per core. A row's share of the limit says how much of what the kernels can do on this
 * machine embedding actually gets, whatever the machine.
 */
import * as ort from 'onnxruntime-node'
import {
  encodeModel,
  GraphBuilder,
  MICROSOFT_DOMAIN,
  tensorValueInfo
} from '../tools/fixture-model/onnx-builder.js'
import { PRESETS } from '../tools/fixture-model/presets.js'
import { seededNormal } from '../tools/fixture-model/random.js'
import { quantizePerColumn } from '../tools/fixture-model/quantize.js'

const SIZE = 1024
const FLOPS_PER_PRODUCT = 2 * SIZE ** 3
const WARM_UP_CALLS = 2
const TIMED_CALLS = 8

export type Kernel = 'fp32' | 'int8'

/** GFLOP/s of one kernel at 1 thread (`one`) and at one thread per core (`all`). */
export interface KernelLimit {
  one: number
  all: number
}

export type Limits = Record<Kernel, KernelLimit>

/**
 * Multiply-adds × 2 per token in the bench model's weight products (Q, K, V, output, the two FFN
 * layers of each block): what the share of the limit counts. The attention products (scores and
 * context, ~7% more at the corpus's chunk lengths) are left out, so the share is a lower bound.
 */
export function weightFlopsPerToken(): number {
  const { numHiddenLayers: layers, hiddenSize: h, intermediateSize: i } = PRESETS.minilm
  return 2 * layers * (4 * h * h + 2 * h * i)
}

function productModel(kernel: Kernel): Uint8Array {
  const g = new GraphBuilder()
  const weight = seededNormal(1, SIZE * SIZE, 0.02)
  let product: string
  if (kernel === 'fp32') {
    product = g.node('MatMul', 'product', ['x', g.floats('w', [SIZE, SIZE], weight)])
  } else {
    const { values, scales } = quantizePerColumn(weight, SIZE, SIZE)
    product = g.node(
      'DynamicQuantizeMatMul',
      'product',
      [
        'x',
        g.int8s('w', [SIZE, SIZE], values),
        g.floats('w_scale', [SIZE], scales),
        g.int8s('w_zero_point', [SIZE], new Int8Array(SIZE))
      ],
      [],
      MICROSOFT_DOMAIN
    )
  }
  g.output('y', product)
  return encodeModel({
    graph: g.build(
      'product',
      [tensorValueInfo('x', 'float', [SIZE, SIZE])],
      [tensorValueInfo('y', 'float', [SIZE, SIZE])]
    ),
    opsets: [
      { domain: '', version: 17 },
      { domain: MICROSOFT_DOMAIN, version: 1 }
    ]
  })
}

/** The best of TIMED_CALLS calls: the kernel's own speed, the least disturbed by other work. */
async function measure(model: Uint8Array, threads: number): Promise<number> {
  const session = await ort.InferenceSession.create(model, {
    intraOpNumThreads: threads,
    interOpNumThreads: 1
  })
  try {
    const x = new ort.Tensor('float32', seededNormal(2, SIZE * SIZE, 1), [SIZE, SIZE])
    for (let i = 0; i < WARM_UP_CALLS; i++) await session.run({ x })
    let best = Infinity
    for (let i = 0; i < TIMED_CALLS; i++) {
      const started = performance.now()
      await session.run({ x })
      best = Math.min(best, (performance.now() - started) / 1000)
    }
    return FLOPS_PER_PRODUCT / best / 1e9
  } finally {
    await session.release()
  }
}

/**
 * What the machine's cores can do with a kernel: the better of one process using every core and
 * every core doing what one thread did (embed-index runs one single-threaded worker per core; on
 * a shared machine the all-core figure also loses to other work).
 */
export function machineLimit(limit: KernelLimit, cores: number): number {
  return Math.max(limit.all, cores * limit.one)
}

export async function measureLimits(cores: number): Promise<Limits> {
  const limits = {} as Limits
  for (const kernel of ['fp32', 'int8'] as const) {
    const model = productModel(kernel)
    limits[kernel] = { one: await measure(model, 1), all: await measure(model, cores) }
  }
  return limits
}
