export const id = 970;
export const ids = [970];
export const modules = {

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeFusions: () => (/* binding */ describeFusions),
  rewriteEncoder: () => (/* binding */ rewriteEncoder)
});

// UNUSED EXPORTS: FUSIONS

// EXTERNAL MODULE: ./node_modules/onnx-proto/dist/onnx.js
var onnx = __webpack_require__(9070);
var onnx_default = /*#__PURE__*/__webpack_require__.n(onnx);
;// CONCATENATED MODULE: ./src/embed/fuse/graph.ts

const { onnx: graph_onnx } = (onnx_default());
const MICROSOFT_DOMAIN = 'com.microsoft';
const FLOAT = graph_onnx.TensorProto.DataType.FLOAT;
const INT8 = graph_onnx.TensorProto.DataType.INT8;
const UINT8 = graph_onnx.TensorProto.DataType.UINT8;
function decodeModel(bytes) {
    return graph_onnx.ModelProto.decode(bytes);
}
function encodeModel(model) {
    return graph_onnx.ModelProto.encode(model).finish();
}
const inputsOf = (node) => node.input ?? [];
const outputsOf = (node) => node.output ?? [];
/** An attribute's value, by the field its type uses; undefined when the node lacks it. */
function intAttribute(node, name) {
    const attribute = node.attribute?.find(a => a.name === name);
    return attribute?.i === undefined || attribute.i === null ? undefined : Number(attribute.i);
}
/**
 * An encoder graph being rewritten: nodes in topological order, with who produces and who
 * consumes each value. A fusion replaces a chain by one node at the chain's last position (all
 * of its inputs are produced before that), then `commit()` drops the removed nodes.
 */
class Graph {
    model;
    producers = new Map();
    consumers = new Map();
    removed = new Set();
    initializers;
    outputs;
    constructor(model) {
        this.model = model;
        const graph = model.graph ?? {};
        this.initializers = new Map((graph.initializer ?? []).map(t => [t.name ?? '', t]));
        this.outputs = new Set((graph.output ?? []).map(o => o.name ?? ''));
        this.index();
    }
    get nodes() {
        return this.model.graph?.node ?? [];
    }
    producer(value) {
        return this.producers.get(value);
    }
    /** The node that `value` feeds when it feeds exactly one and is no graph output. */
    soleConsumer(value) {
        const consumers = this.consumers.get(value) ?? [];
        return consumers.length === 1 && !this.outputs.has(value) ? consumers[0] : undefined;
    }
    consumerCount(value) {
        return (this.consumers.get(value) ?? []).length;
    }
    initializer(value) {
        return this.initializers.get(value);
    }
    /** The bytes of a uint8 initializer (raw_data, or int32_data one value each). */
    uint8s(value) {
        const tensor = this.initializers.get(value);
        if (!tensor || tensor.dataType !== UINT8)
            return undefined;
        if (tensor.rawData && tensor.rawData.length > 0)
            return tensor.rawData;
        return Uint8Array.from(tensor.int32Data ?? []);
    }
    addInitializer(tensor) {
        const name = tensor.name ?? '';
        const graph = (this.model.graph ??= {});
        (graph.initializer ??= []).push(tensor);
        this.initializers.set(name, tensor);
        return name;
    }
    dims(value) {
        return this.initializers.get(value)?.dims?.map(Number);
    }
    /** Puts `fused` where `last` was and marks the rest of the chain removed. */
    replace(last, fused, rest) {
        const nodes = this.nodes;
        nodes[nodes.indexOf(last)] = fused;
        for (const node of rest)
            this.removed.add(node);
    }
    /** Drops the removed nodes and re-reads producers and consumers. */
    commit() {
        if (this.model.graph)
            this.model.graph.node = this.nodes.filter(n => !this.removed.has(n));
        this.removed.clear();
        this.index();
    }
    /** Drops nodes whose outputs nothing reads any more, then initializers no node reads. */
    pruneUnused() {
        const graphOutputs = this.outputs;
        for (;;) {
            const dead = this.nodes.filter(node => outputsOf(node).every(o => o === '' || (!graphOutputs.has(o) && this.consumerCount(o) === 0)));
            if (dead.length === 0)
                break;
            for (const node of dead)
                this.removed.add(node);
            this.commit();
        }
        const graph = this.model.graph ?? {};
        graph.initializer = (graph.initializer ?? []).filter(t => this.consumerCount(t.name ?? '') > 0);
        for (const name of [...this.initializers.keys()]) {
            if (this.consumerCount(name) === 0)
                this.initializers.delete(name);
        }
    }
    /** Declares the Microsoft contrib-op domain the fused nodes use. */
    useMicrosoftDomain() {
        const opsets = (this.model.opsetImport ??= []);
        if (!opsets.some(o => o.domain === MICROSOFT_DOMAIN)) {
            opsets.push({ domain: MICROSOFT_DOMAIN, version: 1 });
        }
    }
    index() {
        this.producers = new Map();
        this.consumers = new Map();
        for (const node of this.nodes) {
            for (const output of outputsOf(node))
                this.producers.set(output, node);
            for (const input of inputsOf(node)) {
                if (input === '')
                    continue;
                const list = this.consumers.get(input) ?? [];
                list.push(node);
                this.consumers.set(input, list);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/embed/fuse/quantized-matmul.ts

// uint8 − 128 is the same weight in int8 with its zero point moved by as much.
const UINT8_TO_INT8 = 128;
const isOp = (node, opType, domain = '') => node !== undefined && node.opType === opType && (node.domain ?? '') === domain;
/**
 * transformers.js-converted models quantise each MatMul as DynamicQuantizeLinear → MatMulInteger →
 * Cast → Mul(input scale × weight scale), with uint8 weights. ONNX Runtime's DynamicQuantizeMatMul
 * computes the same product in one kernel, and with int8 weights it takes its u8×s8 kernel, which
 * measured faster than the u8×u8 one the uint8 weights get; the integer product is the same
 * exactly, as weight and zero point shift together. Returns the number of chains fused.
 */
function fuseMatMulInteger(graph) {
    let fused = 0;
    for (const rescale of graph.nodes) {
        if (!isOp(rescale, 'Mul'))
            continue;
        const [left, right] = inputsOf(rescale);
        const match = matchChain(graph, left, right) ?? matchChain(graph, right, left);
        if (!match)
            continue;
        const { quantize, integer, cast, scale, weightScale } = match;
        const [, weight, , weightZeroPoint] = inputsOf(integer);
        const inputs = [
            inputsOf(quantize)[0],
            ...signedWeight(graph, weight, weightZeroPoint, weightScale)
        ];
        graph.replace(rescale, {
            opType: 'DynamicQuantizeMatMul',
            domain: MICROSOFT_DOMAIN,
            name: `${integer.name ?? 'MatMulInteger'}_fused`,
            input: inputs,
            output: rescale.output
        }, [integer, cast, scale]);
        fused++;
    }
    if (fused > 0)
        graph.useMicrosoftDomain();
    graph.commit();
    return fused;
}
function matchChain(graph, castOutput, scaleOutput) {
    const cast = graph.producer(castOutput);
    if (!isOp(cast, 'Cast') || intAttribute(cast, 'to') !== FLOAT)
        return undefined;
    if (graph.soleConsumer(castOutput) === undefined)
        return undefined;
    const integer = graph.producer(inputsOf(cast)[0]);
    if (!isOp(integer, 'MatMulInteger') || graph.soleConsumer(inputsOf(cast)[0]) === undefined) {
        return undefined;
    }
    const [quantized, weight, inputZeroPoint, weightZeroPoint] = inputsOf(integer);
    const quantize = graph.producer(quantized);
    if (!isOp(quantize, 'DynamicQuantizeLinear'))
        return undefined;
    const [, inputScale, quantizeZeroPoint] = quantize.output ?? [];
    // The product is only DynamicQuantizeMatMul's when the input's own zero point is subtracted
    // and the weight and its quantisation parameters are constants of the shapes it takes.
    if (quantized !== quantize.output?.[0] || inputZeroPoint !== quantizeZeroPoint)
        return undefined;
    const weightDims = graph.dims(weight);
    if (weightDims?.length !== 2)
        return undefined;
    const scale = graph.producer(scaleOutput);
    if (!isOp(scale, 'Mul') || graph.soleConsumer(scaleOutput) === undefined)
        return undefined;
    const [a, b] = inputsOf(scale);
    const weightScale = a === inputScale ? b : b === inputScale ? a : undefined;
    if (weightScale === undefined || !perTensorOrColumn(graph, weightScale, weightDims[1])) {
        return undefined;
    }
    if (weightZeroPoint && !sameShape(graph, weightZeroPoint, weightScale))
        return undefined;
    const weightType = graph.initializer(weight)?.dataType;
    if (weightType !== INT8 && weightType !== UINT8)
        return undefined;
    if (weightZeroPoint && graph.initializer(weightZeroPoint)?.dataType !== weightType)
        return undefined;
    return { quantize, integer, cast, scale, weightScale };
}
/** Weight, scale and zero point for DynamicQuantizeMatMul: a uint8 weight moved to int8. */
function signedWeight(graph, weight, zeroPoint, scale) {
    const values = graph.uint8s(weight);
    if (values === undefined)
        return zeroPoint ? [weight, scale, zeroPoint] : [weight, scale];
    const zeroPoints = zeroPoint ? graph.uint8s(zeroPoint) : undefined;
    const shift = (bytes) => Int8Array.from(bytes, v => v - UINT8_TO_INT8);
    const scaleDims = graph.dims(scale) ?? [];
    const columns = scaleDims.length === 0 ? 1 : scaleDims[0];
    const signed = graph.addInitializer({
        name: `${weight}_int8`,
        dataType: INT8,
        dims: graph.dims(weight),
        rawData: new Uint8Array(shift(values).buffer)
    });
    const signedZeroPoint = graph.addInitializer({
        name: `${weight}_zero_point_int8`,
        dataType: INT8,
        dims: scaleDims,
        rawData: new Uint8Array(shift(zeroPoints ?? new Uint8Array(columns)).buffer)
    });
    return [signed, scale, signedZeroPoint];
}
function perTensorOrColumn(graph, value, columns) {
    const dims = graph.dims(value);
    if (dims === undefined || graph.initializer(value)?.dataType !== FLOAT)
        return false;
    return dims.length === 0 || (dims.length === 1 && (dims[0] === columns || dims[0] === 1));
}
function sameShape(graph, a, b) {
    const [da, db] = [graph.dims(a), graph.dims(b)];
    return da !== undefined && db !== undefined && da.join() === db.join();
}
/**
 * DynamicQuantizeMatMul takes an optional bias and adds it in its own output loop, so the
 * separate Add of the Linear layer's bias (a full pass over the activations) goes away.
 */
function fuseBias(graph) {
    let fused = 0;
    for (const add of graph.nodes) {
        if (!isOp(add, 'Add'))
            continue;
        const [left, right] = inputsOf(add);
        const match = matchBias(graph, left, right) ?? matchBias(graph, right, left);
        if (!match)
            continue;
        const [input, weight, scale, zeroPoint = ''] = inputsOf(match.product);
        graph.replace(add, {
            ...match.product,
            input: [input, weight, scale, zeroPoint, match.bias],
            output: add.output
        }, [match.product]);
        fused++;
    }
    graph.commit();
    return fused;
}
function matchBias(graph, productOutput, bias) {
    const product = graph.producer(productOutput);
    if (!isOp(product, 'DynamicQuantizeMatMul', MICROSOFT_DOMAIN))
        return undefined;
    if (inputsOf(product).length > 4 || graph.soleConsumer(productOutput) === undefined) {
        return undefined;
    }
    const columns = graph.dims(inputsOf(product)[1])?.[1];
    const biasDims = graph.dims(bias);
    if (graph.initializer(bias)?.dataType !== FLOAT || biasDims?.length !== 1)
        return undefined;
    return biasDims[0] === columns ? { product, bias } : undefined;
}

;// CONCATENATED MODULE: ./src/embed/fuse/rewrite.ts


/** The fusions, in the order they run (each may need the one before: bias needs the fused product). */
const FUSIONS = ['matmul-integer', 'bias'];
/**
 * Rewrites a BERT-family encoder's quantised matrix products so that ONNX Runtime runs each in one
 * int8 kernel with its bias (its own optimizer leaves the bias Add apart, and keeps uint8 weights
 * on the slower u8×u8 kernel). Each fusion matches its pattern exactly or leaves the graph as it
 * is; the products compute the same numbers either way (checked at load, ../fused-model.ts).
 */
function rewriteEncoder(bytes) {
    const model = decodeModel(bytes);
    const graph = new Graph(model);
    const counts = {
        'matmul-integer': fuseMatMulInteger(graph),
        bias: fuseBias(graph)
    };
    const applied = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
    if (Object.keys(applied).length === 0)
        return { bytes, applied };
    graph.pruneUnused();
    return { bytes: encodeModel(model), applied };
}
/** The names of the fusions applied, for log lines: `matmul-integer ×36, bias ×36`. */
function describeFusions(applied) {
    const parts = FUSIONS.filter(f => applied[f]).map(f => `${f} ×${applied[f]}`);
    return parts.length > 0 ? parts.join(', ') : 'none';
}


/***/ })

};
