import * as core from '@actions/core'
import { optionsOf, takesSeveral } from '../config/index.js'
import type { RawOptions } from '../config/index.js'

/** The action's inputs as the runner passes them, by the option table. */
export function readActionInputs(): RawOptions {
  const raw: RawOptions = {}
  for (const name of optionsOf('action')) {
    raw[name] = takesSeveral(name) ? core.getMultilineInput(name) : [core.getInput(name)]
  }
  return raw
}
