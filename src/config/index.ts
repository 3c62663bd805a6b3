/** Options from the action's inputs and the command line, checked into one configuration. */
export { COMMANDS, OPTIONS, flagOf, optionSpec, optionsOf, takesSeveral } from './options.js'
export type { Command } from './options.js'
export {
  ConfigError,
  OptionReader,
  parseActionConfig,
  parseIndexCommand,
  parsePullCommand,
  parseQueryCommand,
  parseServeCommand,
  parseServedIndexes,
  parseTreeConfig
} from './parse.js'
export type {
  ActionConfig,
  IndexConfig,
  RawOptions,
  ScanSettings,
  ServedIndex,
  TreeConfig
} from './parse.js'
