import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generateModel } from '../fixture-model/generate.js'

/** The generated model .env.example points the action at; created here when it is missing. */
export const EXAMPLE_MODEL_PATH = '.fixtures/tiny'

/** A variable of a dotenv file, as the emulator reads it: `NAME=value` on a line of its own. */
function variable(env: string, name: string): string | undefined {
  return new RegExp(`^${name.replace(/[-]/g, '\\-')}=(.*)$`, 'm').exec(env)?.[1]?.trim()
}

/**
 * What `npm run local-action` needs on a fresh clone, made where missing, inside `root`: `.env`
 * (a copy of `.env.example`), the step-summary file the emulator appends to, and the example's
 * generated model. Returns what it made, for the caller to say.
 */
export async function prepareLocalAction(root: string): Promise<string[]> {
  const made: string[] = []
  const envPath = join(root, '.env')
  if (!existsSync(envPath)) {
    await copyFile(join(root, '.env.example'), envPath)
    made.push('.env (copied from .env.example)')
  }
  const env = await readFile(envPath, 'utf8')
  const summary = variable(env, 'GITHUB_STEP_SUMMARY')
  if (summary !== undefined && !existsSync(join(root, summary))) {
    await mkdir(dirname(join(root, summary)), { recursive: true })
    await writeFile(join(root, summary), '')
    made.push(summary)
  }
  // Only the example's own model is generated: any other path is the user's model to provide.
  const model = variable(env, 'INPUT_MODEL-PATH')
  if (model === EXAMPLE_MODEL_PATH && !existsSync(join(root, model, 'config.json'))) {
    await generateModel({ preset: 'tiny', quantized: false, outDir: join(root, model) })
    made.push(`${model} (the generated tiny test model, random weights)`)
  }
  return made
}
