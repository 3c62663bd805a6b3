/**
 * The licence file of one bundle, `dist/<entry>.licenses.txt`, written from ncc's module list
 * (`--stats-out`) rather than by ncc's `--license`: with chunks (modules the code imports on first
 * use) ncc writes that file once per chunk under one name, so the last chunk's list replaced the
 * others'. The format is ncc's own, which ./licenses.ts reads: per package, sorted by name, its
 * name, its SPDX id (a blank line without one) and its licence text, entries apart by a blank line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface StatsModule {
  identifier?: string
  nameForCondition?: string
  modules?: StatsModule[]
}

/** A package a bundle holds files of, and the folder they came from. */
export interface BundledPackage {
  name: string
  folder: string
}

/**
 * The packages whose files a bundle holds, from webpack's stats (`…/node_modules/<name>/…` paths;
 * a copy nested under another package counts apart), sorted by name.
 */
export function bundledPackages(stats: { modules?: StatsModule[] }): BundledPackage[] {
  const found = new Map<string, string>()
  const visit = (modules: StatsModule[] | undefined): void => {
    for (const module of modules ?? []) {
      for (const request of [module.identifier, module.nameForCondition]) {
        // An identifier may name loaders (`loader!…!file`) or a type (`json|file`) first.
        const file = request?.split(/[!|]/).at(-1) ?? ''
        const at = file.lastIndexOf('/node_modules/')
        if (at < 0) continue
        const base = file.slice(0, at + '/node_modules/'.length)
        const parts = file.slice(base.length).split('/')
        const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
        found.set(base + name, name)
      }
      visit(module.modules)
    }
  }
  visit(stats.modules)
  return [...found]
    .map(([folder, name]) => ({ name, folder }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.folder.localeCompare(b.folder))
}

/** The SPDX id a package's own package.json gives (`license`, or the old `licenses` list). */
function licenceId(pkg: { license?: unknown; licenses?: unknown }): string {
  if (typeof pkg.license === 'string') return pkg.license
  const list = Array.isArray(pkg.licenses) ? pkg.licenses : []
  const ids = list
    .map(entry => (entry as { type?: unknown }).type)
    .filter(t => typeof t === 'string')
  return ids.length > 0 ? `(${ids.join(' OR ')})` : ''
}

/** The licence file of `packages`, each read from its own folder. */
export function renderLicences(packages: readonly BundledPackage[]): string {
  const entries = packages.map(({ name, folder }) => {
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as object
    const file = readdirSync(folder)
      .sort()
      .find(entry => /^(licen[cs]e|copying)(\.|-|$)/i.test(entry))
    const text = file === undefined ? '' : readFileSync(join(folder, file), 'utf8').trim()
    return `${name}\n${licenceId(pkg)}\n\n${text}`
  })
  return `${entries.join('\n\n')}\n`
}
