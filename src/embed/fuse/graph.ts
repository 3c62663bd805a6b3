import onnxProto from 'onnx-proto'

const { onnx } = onnxProto

export type NodeProto = onnxProto.onnx.INodeProto
type TensorProto = onnxProto.onnx.ITensorProto
type ModelProto = onnxProto.onnx.IModelProto

export const MICROSOFT_DOMAIN = 'com.microsoft'
export const FLOAT = onnx.TensorProto.DataType.FLOAT
export const INT8 = onnx.TensorProto.DataType.INT8
export const UINT8 = onnx.TensorProto.DataType.UINT8

export function decodeModel(bytes: Uint8Array): ModelProto {
  return onnx.ModelProto.decode(bytes)
}

export function encodeModel(model: ModelProto): Uint8Array {
  return onnx.ModelProto.encode(model).finish()
}

export const inputsOf = (node: NodeProto): string[] => node.input ?? []
const outputsOf = (node: NodeProto): string[] => node.output ?? []

/** An attribute's value, by the field its type uses; undefined when the node lacks it. */
export function intAttribute(node: NodeProto, name: string): number | undefined {
  const attribute = node.attribute?.find(a => a.name === name)
  return attribute?.i === undefined || attribute.i === null ? undefined : Number(attribute.i)
}

/**
 * An encoder graph being rewritten: nodes in topological order, with who produces and who
 * consumes each value. A fusion replaces a chain by one node at the chain's last position (all
 * of its inputs are produced before that), then `commit()` drops the removed nodes.
 */
export class Graph {
  private producers = new Map<string, NodeProto>()
  private consumers = new Map<string, NodeProto[]>()
  private readonly removed = new Set<NodeProto>()
  private readonly initializers: Map<string, TensorProto>
  private readonly outputs: Set<string>

  constructor(private readonly model: ModelProto) {
    const graph = model.graph ?? {}
    this.initializers = new Map((graph.initializer ?? []).map(t => [t.name ?? '', t]))
    this.outputs = new Set((graph.output ?? []).map(o => o.name ?? ''))
    this.index()
  }

  get nodes(): NodeProto[] {
    return this.model.graph?.node ?? []
  }

  producer(value: string): NodeProto | undefined {
    return this.producers.get(value)
  }

  /** The node that `value` feeds when it feeds exactly one and is no graph output. */
  soleConsumer(value: string): NodeProto | undefined {
    const consumers = this.consumers.get(value) ?? []
    return consumers.length === 1 && !this.outputs.has(value) ? consumers[0] : undefined
  }

  consumerCount(value: string): number {
    return (this.consumers.get(value) ?? []).length
  }

  initializer(value: string): TensorProto | undefined {
    return this.initializers.get(value)
  }

  /** The bytes of a uint8 initializer (raw_data, or int32_data one value each). */
  uint8s(value: string): Uint8Array | undefined {
    const tensor = this.initializers.get(value)
    if (!tensor || tensor.dataType !== UINT8) return undefined
    if (tensor.rawData && tensor.rawData.length > 0) return tensor.rawData
    return Uint8Array.from(tensor.int32Data ?? [])
  }

  addInitializer(tensor: TensorProto): string {
    const name = tensor.name ?? ''
    const graph = (this.model.graph ??= {})
    ;(graph.initializer ??= []).push(tensor)
    this.initializers.set(name, tensor)
    return name
  }

  dims(value: string): number[] | undefined {
    return this.initializers.get(value)?.dims?.map(Number)
  }

  /** Puts `fused` where `last` was and marks the rest of the chain removed. */
  replace(last: NodeProto, fused: NodeProto, rest: NodeProto[]): void {
    const nodes = this.nodes
    nodes[nodes.indexOf(last)] = fused
    for (const node of rest) this.removed.add(node)
  }

  /** Drops the removed nodes and re-reads producers and consumers. */
  commit(): void {
    if (this.model.graph) this.model.graph.node = this.nodes.filter(n => !this.removed.has(n))
    this.removed.clear()
    this.index()
  }

  /** Drops nodes whose outputs nothing reads any more, then initializers no node reads. */
  pruneUnused(): void {
    const graphOutputs = this.outputs
    for (;;) {
      const dead = this.nodes.filter(node =>
        outputsOf(node).every(
          o => o === '' || (!graphOutputs.has(o) && this.consumerCount(o) === 0)
        )
      )
      if (dead.length === 0) break
      for (const node of dead) this.removed.add(node)
      this.commit()
    }
    const graph = this.model.graph ?? {}
    graph.initializer = (graph.initializer ?? []).filter(t => this.consumerCount(t.name ?? '') > 0)
    for (const name of [...this.initializers.keys()]) {
      if (this.consumerCount(name) === 0) this.initializers.delete(name)
    }
  }

  /** Declares the Microsoft contrib-op domain the fused nodes use. */
  useMicrosoftDomain(): void {
    const opsets = (this.model.opsetImport ??= [])
    if (!opsets.some(o => o.domain === MICROSOFT_DOMAIN)) {
      opsets.push({ domain: MICROSOFT_DOMAIN, version: 1 })
    }
  }

  private index(): void {
    this.producers = new Map()
    this.consumers = new Map()
    for (const node of this.nodes) {
      for (const output of outputsOf(node)) this.producers.set(output, node)
      for (const input of inputsOf(node)) {
        if (input === '') continue
        const list = this.consumers.get(input) ?? []
        list.push(node)
        this.consumers.set(input, list)
      }
    }
  }
}
