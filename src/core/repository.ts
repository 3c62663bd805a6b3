/** A GitHub repository, as the REST API's paths name it. */
export interface Repository {
  owner: string
  repo: string
}

/** `owner/repo` as the runner's GITHUB_REPOSITORY spells it; undefined when malformed. */
export function parseRepository(text: string | undefined): Repository | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(text ?? '')
  return match ? { owner: match[1], repo: match[2] } : undefined
}
