import { parseFixtureArgs } from './fixture-model/args.js'
import { generateModel } from './fixture-model/generate.js'

try {
  const options = parseFixtureArgs(process.argv.slice(2))
  await generateModel(options)
  console.log(
    `wrote ${options.preset}${options.quantized ? ' (with q8)' : ''} model to ${options.outDir}`
  )
} catch (error) {
  console.error(`fixture:model: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
