import { AutoTokenizer, env, type PreTrainedTokenizer } from '@huggingface/transformers'

// Models reach transformers.js only as resolved local folders (./model-source.ts downloads);
// it must never fetch on its own nor write its own file cache next to the bundle.
env.allowRemoteModels = false
env.useFSCache = false

export function loadTokenizer(dir: string): Promise<PreTrainedTokenizer> {
  return AutoTokenizer.from_pretrained(dir, { local_files_only: true })
}
