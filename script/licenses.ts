/**
 * The licences of everything dist/ ships, checked against an allow-list of permissive licences
 * (a small script over the bundles' licence files, no checker package: it must judge exactly what
 * the bundle holds, which a checker of node_modules does not know).
 *
 * - `npm run package` writes `dist/bundle.licenses.txt` in ncc's format (./bundle-licences.ts,
 *   from esbuild's list of bundled files): for each bundled package, sorted by name, its name,
 *   its SPDX licence id and its licence text, entries apart by a blank line.
 * - `npm run package` copies onnxruntime-node and onnxruntime-common whole into
 *   dist/node_modules/ (they cannot be bundled): their own package.json says their licence.
 * - A package whose package.json names no licence is written without an id; then every installed
 *   copy of that package in package-lock.json must carry an allowed licence.
 *
 * A licence is an SPDX expression: OR needs one allowed side, AND needs both; WITH (an exception)
 * and anything unknown are refused, naming the package.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Permissive licences whose only condition is keeping the notice (the bundles keep them in
 * dist/*.licenses.txt): nothing here asks the action to be published under the same licence.
 */
export const ALLOWED_LICENCES = [
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Unlicense',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Python-2.0'
] as const

/** Copyleft families, named as such in the verdict (they are refused like any unknown id). */
const COPYLEFT = /^(A?GPL|LGPL|MPL|EPL|EUPL|CDDL|OSL|CPAL|SSPL|CC-BY-SA)/i

/** An npm package name, as ncc writes it on an entry's first line. */
const PACKAGE_NAME = /^(@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/
/** What an SPDX expression may hold; an entry's second line is its licence when it fits. */
const SPDX_EXPRESSION = /^[\w.+() -]+$/

export interface PackageLicence {
  name: string
  /** The SPDX expression, or undefined when none was recorded. */
  licence: string | undefined
  /** Where it was read: `dist/index.licenses.txt`, `dist/node_modules/x/package.json`, ... */
  source: string
}

export interface LicenceReport {
  packages: PackageLicence[]
  /** One line per package refused, naming it, its licence and why. */
  problems: string[]
}

/** The bundled packages of one ncc licence file. */
export function parseNccLicences(text: string, source: string): PackageLicence[] {
  const packages: PackageLicence[] = []
  for (const paragraph of text.split(/\n{2,}/)) {
    const [first, second] = paragraph.split('\n')
    if (!PACKAGE_NAME.test(first)) continue
    // No id: the second line, if any, is already licence text. (A paragraph of licence text that
    // looks like a package name is then refused too: the check fails closed, never open.)
    const licence = second !== undefined && SPDX_EXPRESSION.test(second) ? second : undefined
    packages.push({ name: first, licence, source })
  }
  return packages
}

/** Whether an SPDX expression is satisfied by allowed licences alone. */
export function isAllowed(expression: string): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? []
  let at = 0
  const allowed = new Set(ALLOWED_LICENCES.map(id => id.toLowerCase()))
  // expression := term (OR term)*; term := factor (AND factor)*; factor := id | ( expression )
  const parseOr = (): boolean => {
    let result = parseAnd()
    while (tokens[at]?.toUpperCase() === 'OR') {
      at++
      result = parseAnd() || result
    }
    return result
  }
  const parseAnd = (): boolean => {
    let result = parseFactor()
    while (tokens[at]?.toUpperCase() === 'AND') {
      at++
      result = parseFactor() && result
    }
    return result
  }
  const parseFactor = (): boolean => {
    const token = tokens[at++]
    if (token === '(') {
      const inner = parseOr()
      return tokens[at++] === ')' && inner
    }
    const isId = token !== undefined && /^[\w.+-]+$/.test(token)
    return (
      isId &&
      !['AND', 'OR', 'WITH'].includes(token.toUpperCase()) &&
      allowed.has(token.toLowerCase())
    )
  }
  const result = parseOr()
  return result && at === tokens.length
}

/** Why a licence is refused, or undefined when it is allowed. */
function refusal(licence: string | undefined): string | undefined {
  if (licence === undefined || licence.trim() === '') return 'no licence recorded'
  if (isAllowed(licence)) return undefined
  return COPYLEFT.test(licence.replace(/^\(/, '')) ? 'copyleft' : 'not on the allow-list'
}

/** The licence field of a package.json: a string, or the old `{ type }` object forms. */
function packageJsonLicence(file: string): string | undefined {
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
    license?: unknown
    licenses?: { type?: unknown }[]
  }
  if (typeof pkg.license === 'string') return pkg.license
  const types = [pkg.license, ...(pkg.licenses ?? [])]
    .map(entry => (entry as { type?: unknown } | undefined)?.type)
    .filter((type): type is string => typeof type === 'string')
  return types.length > 0 ? types.join(' OR ') : undefined
}

/** The packages copied whole into dist/node_modules (scoped ones included). */
function copiedPackages(dist: string): PackageLicence[] {
  const modules = join(dist, 'node_modules')
  if (!existsSync(modules)) return []
  const names = readdirSync(modules)
    .sort()
    .flatMap(name =>
      name.startsWith('@')
        ? readdirSync(join(modules, name))
            .sort()
            .map(inner => `${name}/${inner}`)
        : [name]
    )
  return names.map(name => {
    const source = `dist/node_modules/${name}/package.json`
    const file = join(modules, name, 'package.json')
    return { name, licence: existsSync(file) ? packageJsonLicence(file) : undefined, source }
  })
}

/** The licences package-lock.json records for every installed copy of `name`. */
function lockfileLicences(lockfile: string, name: string): string[] | undefined {
  if (!existsSync(lockfile)) return undefined
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as {
    packages?: Record<string, { license?: unknown }>
  }
  const copies = Object.entries(lock.packages ?? {}).filter(([path]) =>
    path.endsWith(`node_modules/${name}`)
  )
  if (copies.length === 0) return undefined
  return copies.map(([, entry]) => (typeof entry.license === 'string' ? entry.license : ''))
}

/**
 * An entry as judged: its licence (from package-lock.json when the entry has none) and, when
 * refused, why.
 */
function judge(
  entry: PackageLicence,
  lockfile: string
): { entry: PackageLicence; problem?: string } {
  if (entry.licence !== undefined && entry.licence !== '') {
    const why = refusal(entry.licence)
    return { entry, problem: why && `${entry.name}: ${entry.licence} (${entry.source}): ${why}` }
  }
  const locked = lockfileLicences(lockfile, entry.name) ?? ['']
  const known = [...new Set(locked.filter(licence => licence !== ''))]
  const licence = known.length > 0 ? known.join(' AND ') : undefined
  const why = locked.map(refusal).find(reason => reason !== undefined)
  return {
    entry: { name: entry.name, licence, source: `package-lock.json (none in ${entry.source})` },
    problem:
      why && `${entry.name}: ${licence ?? 'none'} (${entry.source}, package-lock.json): ${why}`
  }
}

/**
 * Checks dist/ (`root`/dist) against the allow-list; package-lock.json (`root`) fills in the
 * licences ncc did not record.
 */
export function checkLicences(root: string): LicenceReport {
  const dist = join(root, 'dist')
  const bundled = readdirSync(dist)
    .filter(name => name.endsWith('.licenses.txt'))
    .sort()
    .flatMap(name => parseNccLicences(readFileSync(join(dist, name), 'utf8'), `dist/${name}`))
  const judged = [...bundled, ...copiedPackages(dist)].map(entry =>
    judge(entry, join(root, 'package-lock.json'))
  )
  const problems = judged.flatMap(({ problem }) => (problem ? [problem] : []))
  if (bundled.length === 0) problems.push(`no dist/*.licenses.txt in ${dist}: run npm run package`)
  return { packages: judged.map(({ entry }) => entry), problems }
}
