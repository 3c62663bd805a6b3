/**
 * The licence file of the bundle, `dist/bundle.licenses.txt`, written from the files esbuild's
 * metafile says it bundled (its `inputs`), chunks included, so that every package whose code
 * dist/ holds is listed once. The format is ncc's, which ./licenses.ts reads: per package, sorted
 * by name, its name, its SPDX id (a blank line without one) and its licence text, entries apart
 * by a blank line.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A package a bundle holds files of, and the folder they came from. */
export interface BundledPackage {
  name: string
  folder: string
}

/**
 * The packages whose files a bundle holds, from the paths of its inputs (`…node_modules/<name>/…`;
 * a copy nested under another package counts apart), sorted by name; `root` is the folder the
 * paths are relative to.
 */
export function bundledPackages(inputs: Iterable<string>, root: string): BundledPackage[] {
  const found = new Map<string, string>()
  for (const input of inputs) {
    const at = `/${input}`.lastIndexOf('/node_modules/')
    if (at < 0) continue
    const base = input.slice(0, at + 'node_modules/'.length)
    const parts = input.slice(base.length).split('/')
    const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
    found.set(join(root, base, name), name)
  }
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
