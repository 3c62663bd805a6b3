import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import onnxProto from 'onnx-proto'
import { generateModel } from '../fixture-model/generate.js'

const MODEL_FILES = [
  'config.json',
  'onnx/model.onnx',
  'onnx/model_quantized.onnx',
  'tokenizer.json',
  'tokenizer_config.json'
]

async function fileHashes(folder: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  for (const file of MODEL_FILES) {
    hashes[file] = createHash('sha256')
      .update(await readFile(path.join(folder, file)))
      .digest('hex')
  }
  return hashes
}

interface Graph {
  node: onnxProto.onnx.INodeProto[]
  input: onnxProto.onnx.IValueInfoProto[]
  output: onnxProto.onnx.IValueInfoProto[]
  initializer: onnxProto.onnx.ITensorProto[]
}

async function readModel(file: string): Promise<{ opsets: string[]; graph: Graph }> {
  const model = onnxProto.onnx.ModelProto.decode(await readFile(file))
  const { node, input, output, initializer } = model.graph ?? {}
  if (!node || !input || !output || !initializer) throw new Error(`${file} has no graph`)
  return {
    opsets: model.opsetImport.map(({ domain, version }) => `${domain}:${Number(version)}`),
    graph: { node, input, output, initializer }
  }
}

function opCounts(graph: Graph): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { opType } of graph.node) counts[opType!] = (counts[opType!] ?? 0) + 1
  return counts
}

describe('generateModel', () => {
  let scratch: string
  let first: string
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'fixture-generate-'))
    first = path.join(scratch, 'first')
    await generateModel({ preset: 'tiny', quantized: true, outDir: first })
  })
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true })
  })

  it('writes exactly the model folder layout, and nothing beside it', async () => {
    const files = await readdir(first, { recursive: true })
    expect(files.filter(f => f !== 'onnx').sort()).toEqual(MODEL_FILES)
    expect(await readdir(scratch)).toEqual(['first'])
  })

  it('is deterministic: a second generation has the same bytes in every file', async () => {
    const second = path.join(scratch, 'second')
    await generateModel({ preset: 'tiny', quantized: true, outDir: second })
    expect(await fileHashes(second)).toEqual(await fileHashes(first))
  })

  it('replaces whatever the output folder held', async () => {
    const target = path.join(scratch, 'replaced')
    await generateModel({ preset: 'tiny', quantized: false, outDir: target })
    await writeFile(path.join(target, 'stale.txt'), 'old')
    await generateModel({ preset: 'tiny', quantized: false, outDir: target })
    expect((await readdir(target)).sort()).toEqual([
      'config.json',
      'onnx',
      'tokenizer.json',
      'tokenizer_config.json'
    ])
  })

  it("writes the tiny preset's config.json", async () => {
    const config = JSON.parse(await readFile(path.join(first, 'config.json'), 'utf8'))
    expect(config).toMatchObject({
      model_type: 'bert',
      architectures: ['BertModel'],
      hidden_size: 32,
      num_hidden_layers: 2,
      num_attention_heads: 4,
      vocab_size: 30522,
      max_position_embeddings: 512,
      type_vocab_size: 2,
      layer_norm_eps: 1e-12,
      hidden_act: 'gelu',
      pad_token_id: 0
    })
  })

  it('builds a BERT encoder graph with the Hugging Face interface', async () => {
    const { opsets, graph } = await readModel(path.join(first, 'onnx/model.onnx'))
    expect(opsets).toEqual([':17'])
    expect(graph.input.map(i => i.name)).toEqual(['input_ids', 'attention_mask', 'token_type_ids'])
    expect(graph.output.map(o => o.name)).toEqual(['last_hidden_state'])
    // Per layer: Q, K, V, attention output, FFN in and out (6 weight MatMuls) + 2 attention MatMuls.
    expect(opCounts(graph)).toMatchObject({
      MatMul: 2 * 8,
      LayerNormalization: 2 * 2 + 1,
      Erf: 2,
      Softmax: 2
    })
  })

  it('quantizes every weight MatMul to com.microsoft.DynamicQuantizeMatMul', async () => {
    const { opsets, graph } = await readModel(path.join(first, 'onnx/model_quantized.onnx'))
    expect(opsets).toEqual([':17', 'com.microsoft:1'])
    expect(opCounts(graph)).toMatchObject({ DynamicQuantizeMatMul: 2 * 6, MatMul: 2 * 2 })
    const weights = graph.initializer.filter(t => t.name!.endsWith('.weight_quantized'))
    expect(weights).toHaveLength(2 * 6)
    expect(weights.every(t => t.dataType === onnxProto.onnx.TensorProto.DataType.INT8)).toBe(true)
  })
})
