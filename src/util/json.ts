import { readFile } from 'node:fs/promises'
import { errorCode, errorMessage } from './errors.js'

type ErrorClass = new (message: string, options?: ErrorOptions) => Error

/**
 * JSON.parse with an error that names where the text came from (`where`: a file, a line) and at
 * most the position of the problem: never the text itself, which may be anything (a token).
 */
export function parseJson(text: string, where: string, Failure: ErrorClass = Error): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const position = /at position (\d+)/.exec(errorMessage(error))?.[1]
    const at = position === undefined ? '' : ` at position ${position}`
    // No cause: JSON.parse's own message quotes the text.
    throw new Failure(`${where}: not valid JSON${at}`)
  }
}

/** A JSON file's value; errors name the file and say whether it is missing, unreadable or not JSON. */
export async function readJsonFile(path: string, Failure: ErrorClass = Error): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = errorCode(error)
    throw new Failure(`${path}: ${code === 'ENOENT' ? 'missing' : `cannot be read (${code})`}`, {
      cause: error
    })
  }
  return parseJson(text, path, Failure)
}
