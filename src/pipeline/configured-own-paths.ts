import type { IndexConfig } from '../config/index.js'

/**
 * What embed-index itself writes or reads (the index, the prior, the models, the stats file):
 * never indexed, wherever they are (scanRepository compares real paths).
 */
export function configuredOwnPaths(config: IndexConfig): string[] {
  const paths = [config.output, config.prior, config.model.cacheDir, config.model.path]
  return [...paths, config.statsJson].filter((path): path is string => Boolean(path))
}
