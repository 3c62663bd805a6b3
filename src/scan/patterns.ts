// Space-separated lists: one line per family reads better than one entry per line.
const SOURCE_EXTENSIONS = [
  // Web and scripting
  'ts tsx mts cts js jsx mjs cjs vue svelte astro',
  'py pyi rb php pl pm lua r jl dart ex exs erl hrl clj cljs elm hs ml mli fs fsx nim zig sol',
  // Compiled
  'go rs java kt kts scala groovy gradle swift m mm c h cc cpp cxx hh hpp hxx cs vb proto',
  // Shells
  'sh bash zsh fish ps1 psm1 bat cmd',
  // Docs
  'md mdx markdown rst txt adoc tex org',
  // Configuration and markup
  'json jsonc json5 yaml yml toml ini cfg conf xml graphql gql tf hcl nix cmake',
  'html htm css scss sass less sql'
].flatMap(family => family.split(' '))

const NAMED_FILES = [
  'Dockerfile Containerfile Makefile GNUmakefile Rakefile Gemfile Procfile Jenkinsfile',
  'Vagrantfile Brewfile Justfile BUILD WORKSPACE',
  'README LICENSE CHANGELOG CONTRIBUTING AUTHORS NOTICE CODEOWNERS'
].flatMap(family => family.split(' '))

/** What is indexed when no include globs are given: source code, docs and configuration. */
export const DEFAULT_INCLUDE: readonly string[] = [
  `**/*.{${SOURCE_EXTENSIONS.join(',')}}`,
  `**/{${NAMED_FILES.join(',')}}`,
  '**/Dockerfile.*'
]

/**
 * Generated files the default include would match but that only cost model time: lock files and
 * minified bundles. Left out only when no include globs are given; an explicit include decides.
 */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,Cargo.lock,poetry.lock,composer.lock,Gemfile.lock,go.sum}',
  '**/*.min.{js,css}'
]

/** Folders never indexed, wherever they are, whatever the include and exclude globs say. */
export const ALWAYS_EXCLUDED_FOLDERS: readonly string[] = ['node_modules', '.git']

export const ALWAYS_EXCLUDED: readonly string[] = ALWAYS_EXCLUDED_FOLDERS.map(
  folder => `**/${folder}/**`
)
