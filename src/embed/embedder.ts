import type { Tensor } from '@huggingface/transformers'
import { readModelShape } from './model-source.js'
import { meanPoolNormalize } from './pooling.js'
import { loadTokenizer, transformers } from './transformers-runtime.js'
import type { ResolvedModel } from './model-source.js'

/**
 * How text becomes a vector here, recorded in every manifest (`recipe`): the model's own tokenizer
 * with [CLS] … [SEP] and no truncation (chunks fit the window), the encoder's last_hidden_state,
 * the mean over the attention mask in float64 in token order, L2 normalisation to float32; q8 texts
 * one per call. Any change to that which changes a vector's bits must change this string: vectors
 * of different recipes are never mixed (src/artifact/compat.ts).
 */
export const EMBEDDING_RECIPE = 'mean-l2/1'

/** Tokenizer and encoder of one model, loaded once; used by each worker and by the in-process path. */
export interface Embedder {
  readonly dimension: number
  /**
   * Unit vectors, texts.length × dimension, row-major, in texts order. A text's vector does not
   * depend on the other texts in the call when they have its token length (./batch-plan.ts).
   */
  embedBatch(texts: string[]): Promise<Float32Array>
  dispose(): Promise<void>
}

interface Encoding {
  input_ids: number[][]
  attention_mask: number[][]
  token_type_ids?: number[][]
}

/**
 * Loads the model with ONNX Runtime pinned to `threads` intra-op threads and one inter-op
 * thread: several workers each own a core without oversubscribing, and every path that must
 * give identical bits (in-process or any worker) runs the same kernels.
 */
export async function loadEmbedder(model: ResolvedModel, threads: number): Promise<Embedder> {
  const { AutoModel, Tensor } = await transformers()
  const [tokenizer, encoder, { maxPositions }] = await Promise.all([
    loadTokenizer(model.dir),
    AutoModel.from_pretrained(model.encoderDir ?? model.dir, {
      local_files_only: true,
      device: 'cpu',
      dtype: model.dtype,
      session_options: { intraOpNumThreads: threads, interOpNumThreads: 1 }
    }),
    readModelShape(model.dir)
  ])

  /** One encoder call; rows of different lengths are padded to the longest. */
  async function encode(texts: string[]): Promise<Float32Array> {
    const encoding = tokenizer(texts, { return_tensor: false }) as unknown as Encoding
    const rows = encoding.input_ids.map((ids, i) => ({
      ids: fitToWindow(ids, maxPositions),
      types: fitToWindow(encoding.token_type_ids?.[i] ?? ids.map(() => 0), maxPositions)
    }))
    const seq = Math.max(...rows.map(r => r.ids.length))
    const size = texts.length * seq
    const inputIds = new BigInt64Array(size).fill(BigInt(tokenizer.pad_token_id ?? 0))
    const attentionMask = new BigInt64Array(size)
    const tokenTypeIds = new BigInt64Array(size)
    const mask = new Uint8Array(size)
    rows.forEach((row, r) => {
      for (let t = 0; t < row.ids.length; t++) {
        inputIds[r * seq + t] = BigInt(row.ids[t])
        tokenTypeIds[r * seq + t] = BigInt(row.types[t])
        attentionMask[r * seq + t] = 1n
        mask[r * seq + t] = 1
      }
    })
    const dims = [texts.length, seq]
    const output = (await encoder.forward({
      input_ids: new Tensor('int64', inputIds, dims),
      attention_mask: new Tensor('int64', attentionMask, dims),
      token_type_ids: new Tensor('int64', tokenTypeIds, dims)
    })) as { last_hidden_state?: Tensor }
    const hidden = output.last_hidden_state
    if (!hidden || hidden.dims.length !== 3 || hidden.dims[2] !== model.dimension) {
      throw new Error(
        `${model.dir}: expected last_hidden_state of width ${model.dimension}, got ${JSON.stringify(hidden?.dims)}`
      )
    }
    return meanPoolNormalize(hidden.data as Float32Array, mask, texts.length, seq, model.dimension)
  }

  /**
   * ONNX Runtime's fp32 CPU kernels give a row the same bits whatever equal-length texts share
   * its batch (measured, and tested). The q8 graph quantises activations with one scale per
   * input tensor, so there a row depends on its companions: each text gets its own call
   * (measured no slower at one intra-op thread: a ~200-token text already fills the kernels).
   */
  async function embedBatch(texts: string[]): Promise<Float32Array> {
    if (texts.length === 0) return new Float32Array(0)
    if (model.dtype === 'fp32' || texts.length <= 1) return encode(texts)
    const out = new Float32Array(texts.length * model.dimension)
    for (let i = 0; i < texts.length; i++) out.set(await encode([texts[i]]), i * model.dimension)
    return out
  }

  return {
    dimension: model.dimension,
    embedBatch,
    dispose: async () => {
      await encoder.dispose()
    }
  }
}

/**
 * Truncation is the last resort for a text longer than the model's position table (the chunker
 * keeps chunks within it): keep the head and the closing special token ([SEP]).
 */
function fitToWindow(values: number[], maxPositions: number): number[] {
  if (values.length <= maxPositions) return values
  return [...values.slice(0, maxPositions - 1), values[values.length - 1]]
}
