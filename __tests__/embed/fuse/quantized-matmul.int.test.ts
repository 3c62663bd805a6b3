import onnxProto from 'onnx-proto'
import { decodeModel, Graph, type NodeProto } from '../../../src/embed/fuse/graph.js'
import { fuseBias, fuseMatMulInteger } from '../../../src/embed/fuse/quantized-matmul.js'
import { rewriteEncoder } from '../../../src/embed/fuse/rewrite.js'
import {
  encodeModel,
  GraphBuilder,
  MICROSOFT_DOMAIN,
  tensorValueInfo
} from '../../../tools/fixture-model/onnx-builder.js'

const { DataType } = onnxProto.onnx.TensorProto

function graphOf(g: GraphBuilder, output: string): Graph {
  g.output('y', output)
  const bytes = encodeModel({
    graph: g.build(
      'test',
      [tensorValueInfo('x', 'float', ['batch', 'sequence', 3])],
      [tensorValueInfo('y', 'float', ['batch', 'sequence', 2])]
    ),
    opsets: [
      { domain: '', version: 17 },
      { domain: MICROSOFT_DOMAIN, version: 1 }
    ]
  })
  return new Graph(decodeModel(bytes))
}

const ops = (graph: Graph): string[] => graph.nodes.map(n => n.opType ?? '')
const node = (graph: Graph, opType: string): NodeProto =>
  graph.nodes.find(n => n.opType === opType) as NodeProto

/** x @ W as DynamicQuantizeMatMul, optionally followed by `Add(product, addend)`. */
function quantizedProduct(g: GraphBuilder): string {
  return g.node(
    'DynamicQuantizeMatMul',
    'product',
    [
      'x',
      g.int8s('w', [3, 2], Int8Array.of(1, -2, 3, -4, 5, -6)),
      g.floats('w_scale', [2], Float32Array.of(0.5, 0.25)),
      g.int8s('w_zero_point', [2], new Int8Array(2))
    ],
    [],
    MICROSOFT_DOMAIN
  )
}

describe('fuseBias', () => {
  it('moves a bias Add into DynamicQuantizeMatMul', () => {
    const g = new GraphBuilder()
    const sum = g.node('Add', 'bias_add', [
      quantizedProduct(g),
      g.floats('b', [2], Float32Array.of(1, 2))
    ])
    const graph = graphOf(g, sum)
    expect(fuseBias(graph)).toBe(1)
    expect(ops(graph)).toEqual(['DynamicQuantizeMatMul', 'Identity'])
    const fused = node(graph, 'DynamicQuantizeMatMul')
    expect(fused.input).toEqual(['x', 'w', 'w_scale', 'w_zero_point', 'b'])
    expect(fused.output).toEqual([sum])
  })

  it('leaves an Add of two activations (a residual) alone', () => {
    const g = new GraphBuilder()
    const graph = graphOf(g, g.node('Add', 'residual', [quantizedProduct(g), 'x']))
    expect(fuseBias(graph)).toBe(0)
    expect(ops(graph)).toEqual(['DynamicQuantizeMatMul', 'Add', 'Identity'])
  })

  it('leaves a bias of another length, or a product read elsewhere too, alone', () => {
    const wide = new GraphBuilder()
    const wrongLength = wide.floats('b', [3], Float32Array.of(1, 2, 3))
    expect(
      fuseBias(graphOf(wide, wide.node('Add', 'a', [quantizedProduct(wide), wrongLength])))
    ).toBe(0)

    const shared = new GraphBuilder()
    const product = quantizedProduct(shared)
    const biased = shared.node('Add', 'a', [
      product,
      shared.floats('b', [2], Float32Array.of(1, 2))
    ])
    const graph = graphOf(shared, shared.node('Mul', 'm', [biased, product]))
    expect(fuseBias(graph)).toBe(0)
  })
})

/** The chain quantize_dynamic writes for MatMulInteger, with uint8 weights. */
function integerChain(g: GraphBuilder, inputZeroPointFromQuantize = true): string {
  g.node('DynamicQuantizeLinear', 'q', ['x'], [], '', 3)
  const integer = g.node('MatMulInteger', 'mmi', [
    'q_output_0',
    g.uint8s('w', [3, 2], Uint8Array.of(0, 100, 128, 200, 255, 7)),
    inputZeroPointFromQuantize ? 'q_output_2' : g.uint8s('other_zero_point', [], Uint8Array.of(3)),
    g.uint8s('w_zero_point', [], Uint8Array.of(130))
  ])
  const asFloat = g.node('Cast', 'cast', [integer], [{ name: 'to', int: 1 }])
  const scale = g.node('Mul', 'scale', [
    'q_output_1',
    g.floats('w_scale', [], Float32Array.of(0.1))
  ])
  return g.node('Mul', 'rescale', [asFloat, scale])
}

describe('fuseMatMulInteger', () => {
  it('turns the MatMulInteger chain into DynamicQuantizeMatMul with the weights moved to int8', () => {
    const g = new GraphBuilder()
    const product = integerChain(g)
    const graph = graphOf(g, product)
    expect(fuseMatMulInteger(graph)).toBe(1)
    graph.pruneUnused()
    expect(ops(graph)).toEqual(['DynamicQuantizeMatMul', 'Identity'])
    const fused = node(graph, 'DynamicQuantizeMatMul')
    expect(fused.domain).toBe(MICROSOFT_DOMAIN)
    expect(fused.output).toEqual([product])
    const [input, weight, scale, zeroPoint] = fused.input ?? []
    expect([input, scale]).toEqual(['x', 'w_scale'])
    expect(graph.initializer(weight)?.dataType).toBe(DataType.INT8)
    expect([
      ...new Int8Array(graph.initializer(weight)?.rawData?.slice().buffer as ArrayBuffer)
    ]).toEqual([-128, -28, 0, 72, 127, -121])
    expect([
      ...new Int8Array(graph.initializer(zeroPoint)?.rawData?.slice().buffer as ArrayBuffer)
    ]).toEqual([2])
    // The uint8 originals are gone with the chain.
    expect(graph.initializer('w')).toBeUndefined()
  })

  it('leaves a chain whose input zero point is not the quantiser’s alone', () => {
    const g = new GraphBuilder()
    const graph = graphOf(g, integerChain(g, false))
    expect(fuseMatMulInteger(graph)).toBe(0)
    expect(ops(graph)).toContain('MatMulInteger')
  })
})

describe('rewriteEncoder', () => {
  it('returns the very bytes of a graph it cannot rewrite, with no fusion applied', () => {
    const g = new GraphBuilder()
    g.output('y', g.node('MatMul', 'mm', ['x', g.floats('w', [3, 2], new Float32Array(6))]))
    const bytes = encodeModel({
      graph: g.build(
        'fp32',
        [tensorValueInfo('x', 'float', [1, 3])],
        [tensorValueInfo('y', 'float', [1, 2])]
      ),
      opsets: [{ domain: '', version: 17 }]
    })
    const rewrite = rewriteEncoder(bytes)
    expect(rewrite.applied).toEqual({})
    expect(rewrite.bytes).toBe(bytes)
  })
})
