import { execFileSync } from 'node:child_process'

// No user or system configuration (a global excludes file) may change what git ignores here.
const NOWHERE = '/nonexistent/embed-index-test'
const env = {
  ...process.env,
  HOME: NOWHERE,
  XDG_CONFIG_HOME: NOWHERE,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

/** Makes root a git repository (a .git folder in it), as actions/checkout leaves one. */
export function gitInit(root: string): void {
  execFileSync('git', ['init', '-q', root], { env, stdio: 'ignore' })
}

/**
 * What git itself lists in a repository with nothing committed: every file and symbolic link not
 * ignored by the .gitignore files (and .git/info/exclude), as `git ls-files -co --exclude-standard`
 * prints them. Git does not enter a folder through a link.
 */
export function gitListed(root: string): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    env,
    // Git warns about a .gitignore that is a link, which it does not read: not news here.
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024
  })
  return out.toString('utf8').split('\0').filter(Boolean).sort()
}
