import type * as Transformers from '@huggingface/transformers'
import type { PreTrainedTokenizer } from '@huggingface/transformers'

let loading: Promise<typeof Transformers> | undefined

/**
 * transformers.js, imported on first use: it is over a third of the bundle and loads ONNX
 * Runtime's native library, and a run that reuses every chunk (or only merges or verifies) never
 * needs it.
 */
export function transformers(): Promise<typeof Transformers> {
  loading ??= import('@huggingface/transformers').then(module => {
    // Models reach transformers.js only as resolved local folders (./model-source.ts downloads);
    // it must never fetch on its own nor write its own file cache next to the bundle.
    module.env.allowRemoteModels = false
    module.env.useFSCache = false
    return module
  })
  return loading
}

export async function loadTokenizer(dir: string): Promise<PreTrainedTokenizer> {
  const { AutoTokenizer } = await transformers()
  return AutoTokenizer.from_pretrained(dir, { local_files_only: true })
}
