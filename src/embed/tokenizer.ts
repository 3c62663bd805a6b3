import { loadTokenizer } from './transformers-runtime.js'
import type { ResolvedModel } from './model-source.js'

/**
 * The model's tokenizer alone (no ONNX session), for the chunker: counts the tokens a text
 * becomes, [CLS] and [SEP] included, without truncating.
 */
export async function loadTokenCounter(model: ResolvedModel): Promise<(text: string) => number> {
  const tokenizer = await loadTokenizer(model.dir)
  return text => tokenizer.encode(text).length
}
