/** Counts the tokens the model's tokenizer makes of a text, [CLS] and [SEP] included. */
export type CountTokens = (text: string) => number

/** The counter with each distinct text counted once. */
export function memoise(countTokens: CountTokens): CountTokens {
  const counts = new Map<string, number>()
  return text => {
    let count = counts.get(text)
    if (count === undefined) {
      count = countTokens(text)
      counts.set(text, count)
    }
    return count
  }
}
