import {
  FLOAT,
  Graph,
  INT8,
  inputsOf,
  intAttribute,
  MICROSOFT_DOMAIN,
  UINT8,
  type NodeProto
} from './graph.js'

// uint8 − 128 is the same weight in int8 with its zero point moved by as much.
const UINT8_TO_INT8 = 128

const isOp = (node: NodeProto | undefined, opType: string, domain = ''): node is NodeProto =>
  node !== undefined && node.opType === opType && (node.domain ?? '') === domain

/**
 * transformers.js-converted models quantise each MatMul as DynamicQuantizeLinear → MatMulInteger →
 * Cast → Mul(input scale × weight scale), with uint8 weights. ONNX Runtime's DynamicQuantizeMatMul
 * computes the same product in one kernel, and with int8 weights it takes its u8×s8 kernel, which
 * measured faster than the u8×u8 one the uint8 weights get; the integer product is the same
 * exactly, as weight and zero point shift together. Returns the number of chains fused.
 */
export function fuseMatMulInteger(graph: Graph): number {
  const fused = fuseEachPair(graph, 'Mul', matchChain, (rescale, match) => {
    const { quantize, integer, cast, scale, weightScale } = match
    const [, weight, , weightZeroPoint] = inputsOf(integer)
    const inputs = [
      inputsOf(quantize)[0],
      ...signedWeight(graph, weight, weightZeroPoint, weightScale)
    ]
    return {
      fused: {
        opType: 'DynamicQuantizeMatMul',
        domain: MICROSOFT_DOMAIN,
        name: `${integer.name ?? 'MatMulInteger'}_fused`,
        input: inputs,
        output: rescale.output
      },
      absorbed: [integer, cast, scale]
    }
  })
  if (fused > 0) graph.useMicrosoftDomain()
  return fused
}

function matchChain(graph: Graph, castOutput: string, scaleOutput: string) {
  const cast = graph.producer(castOutput)
  if (!isOp(cast, 'Cast') || intAttribute(cast, 'to') !== FLOAT) return undefined
  if (graph.soleConsumer(castOutput) === undefined) return undefined
  const integer = graph.producer(inputsOf(cast)[0])
  if (!isOp(integer, 'MatMulInteger') || graph.soleConsumer(inputsOf(cast)[0]) === undefined) {
    return undefined
  }
  const [quantized, weight, inputZeroPoint, weightZeroPoint] = inputsOf(integer)
  const quantize = graph.producer(quantized)
  if (!isOp(quantize, 'DynamicQuantizeLinear')) return undefined
  const [, inputScale, quantizeZeroPoint] = quantize.output ?? []
  // The product is only DynamicQuantizeMatMul's when the input's own zero point is subtracted
  // and the weight and its quantisation parameters are constants of the shapes it takes.
  if (quantized !== quantize.output?.[0] || inputZeroPoint !== quantizeZeroPoint) return undefined
  const weightDims = graph.dims(weight)
  if (weightDims?.length !== 2) return undefined
  const scale = graph.producer(scaleOutput)
  if (!isOp(scale, 'Mul') || graph.soleConsumer(scaleOutput) === undefined) return undefined
  const [a, b] = inputsOf(scale)
  const weightScale = a === inputScale ? b : b === inputScale ? a : undefined
  if (weightScale === undefined || !perTensorOrColumn(graph, weightScale, weightDims[1])) {
    return undefined
  }
  if (weightZeroPoint && !sameShape(graph, weightZeroPoint, weightScale)) return undefined
  const weightType = graph.initializer(weight)?.dataType
  if (weightType !== INT8 && weightType !== UINT8) return undefined
  if (weightZeroPoint && graph.initializer(weightZeroPoint)?.dataType !== weightType)
    return undefined
  return { quantize, integer, cast, scale, weightScale }
}

/** Weight, scale and zero point for DynamicQuantizeMatMul: a uint8 weight moved to int8. */
function signedWeight(graph: Graph, weight: string, zeroPoint: string | undefined, scale: string) {
  const values = graph.uint8s(weight)
  if (values === undefined) return zeroPoint ? [weight, scale, zeroPoint] : [weight, scale]
  const zeroPoints = zeroPoint ? graph.uint8s(zeroPoint) : undefined
  const shift = (bytes: Uint8Array) => Int8Array.from(bytes, v => v - UINT8_TO_INT8)
  const scaleDims = graph.dims(scale) ?? []
  const columns = scaleDims.length === 0 ? 1 : scaleDims[0]
  const signed = graph.addInitializer({
    name: `${weight}_int8`,
    dataType: INT8,
    dims: graph.dims(weight),
    rawData: new Uint8Array(shift(values).buffer)
  })
  const signedZeroPoint = graph.addInitializer({
    name: `${weight}_zero_point_int8`,
    dataType: INT8,
    dims: scaleDims,
    rawData: new Uint8Array(shift(zeroPoints ?? new Uint8Array(columns)).buffer)
  })
  return [signed, scale, signedZeroPoint]
}

function perTensorOrColumn(graph: Graph, value: string, columns: number): boolean {
  const dims = graph.dims(value)
  if (dims === undefined || graph.initializer(value)?.dataType !== FLOAT) return false
  return dims.length === 0 || (dims.length === 1 && (dims[0] === columns || dims[0] === 1))
}

function sameShape(graph: Graph, a: string, b: string): boolean {
  const [da, db] = [graph.dims(a), graph.dims(b)]
  return da !== undefined && db !== undefined && da.join() === db.join()
}

/**
 * DynamicQuantizeMatMul takes an optional bias and adds it in its own output loop, so the
 * separate Add of the Linear layer's bias (a full pass over the activations) goes away.
 */
export function fuseBias(graph: Graph): number {
  return fuseEachPair(graph, 'Add', matchBias, (add, { product, bias }) => {
    const [input, weight, scale, zeroPoint = ''] = inputsOf(product)
    return {
      fused: { ...product, input: [input, weight, scale, zeroPoint, bias], output: add.output },
      absorbed: [product]
    }
  })
}

/**
 * One fusion pass: each `opType` node whose two inputs, in either order, `match` accepts is
 * replaced by the node `fuse` makes of the match, and the nodes that node absorbs go. Returns the
 * number of nodes replaced.
 */
function fuseEachPair<Match>(
  graph: Graph,
  opType: string,
  match: (graph: Graph, first: string, second: string) => Match | undefined,
  fuse: (node: NodeProto, match: Match) => { fused: NodeProto; absorbed: NodeProto[] }
): number {
  let fused = 0
  for (const node of graph.nodes) {
    if (!isOp(node, opType)) continue
    const [left, right] = inputsOf(node)
    const found = match(graph, left, right) ?? match(graph, right, left)
    if (!found) continue
    const replacement = fuse(node, found)
    graph.replace(node, replacement.fused, replacement.absorbed)
    fused++
  }
  graph.commit()
  return fused
}

function matchBias(graph: Graph, productOutput: string, bias: string) {
  const product = graph.producer(productOutput)
  if (!isOp(product, 'DynamicQuantizeMatMul', MICROSOFT_DOMAIN)) return undefined
  if (inputsOf(product).length > 4 || graph.soleConsumer(productOutput) === undefined) {
    return undefined
  }
  const columns = graph.dims(inputsOf(product)[1])?.[1]
  const biasDims = graph.dims(bias)
  if (graph.initializer(bias)?.dataType !== FLOAT || biasDims?.length !== 1) return undefined
  return biasDims[0] === columns ? { product, bias } : undefined
}
