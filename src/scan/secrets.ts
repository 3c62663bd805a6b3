/**
 * Names (case-insensitive) of files that usually hold credentials, skipped unless asked
 * otherwise. '*' stands for any characters; a pattern with a '/' matches the path's last segments.
 */
const SECRET_FILE_PATTERNS: readonly string[] = [
  // Environment files
  '.env',
  '.env.*',
  '*.env',
  '.envrc',
  // Keys and certificates with their private keys
  '*.pem',
  '*.key',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  '*.p12',
  '*.pfx',
  '*.ppk',
  '*.jks',
  '*.keystore',
  // Credentials of tools and services
  'credentials',
  'credentials.json',
  '*service-account*.json',
  '*service_account*.json',
  '.git-credentials',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '.pgpass',
  '.htpasswd',
  '.dockercfg',
  '.docker/config.json',
  '.s3cfg',
  // Secrets of frameworks and deployments
  'secrets.yml',
  'secrets.yaml',
  'secrets.json',
  'secrets.toml',
  'secret.yml',
  'secret.yaml',
  '.secrets',
  '.secrets.*',
  '*.tfvars',
  '*.tfvars.json'
]

const SECRET_NAME = new RegExp(
  `(?:^|/)(?:${SECRET_FILE_PATTERNS.map(pattern =>
    pattern
      .split('*')
      .map(part => escapeRegExp(part))
      .join('[^/]*')
  ).join('|')})$`,
  'is'
)

/** Whether a '/'-separated path's name (or last segments, see above) looks like a secret's. */
export function isSecretPath(path: string): boolean {
  return SECRET_NAME.test(path)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Well-known shapes of credentials in a file's text, each named for the skip's detail (never the
 * credential itself). Prefixes that only credentials carry keep false positives rare; what matched
 * stays in the file, unindexed.
 */
const SECRET_SHAPES: Record<string, string> = {
  'private key': String.raw`-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d`,
  'private key in JSON': String.raw`"private_key"\s*:\s*"`,
  'AWS access key id': String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b`,
  'GitHub token': String.raw`\bgh[pousr]_[A-Za-z0-9]{36,}|\bgithub_pat_[A-Za-z0-9_]{22,}`,
  'GitLab token': String.raw`\bglpat-[A-Za-z0-9_-]{20,}`,
  'Slack token': String.raw`\bxox[abposr]-[A-Za-z0-9-]{10,}|hooks\.slack\.com/services/T[A-Za-z0-9_/]+`,
  'Google API key': String.raw`\bAIza[0-9A-Za-z_-]{35}`,
  'Stripe key': String.raw`\b[rs]k_live_[0-9A-Za-z]{20,}`,
  'npm token': String.raw`\bnpm_[A-Za-z0-9]{36}\b`,
  'PyPI token': String.raw`\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{16,}`
}

const KINDS = Object.keys(SECRET_SHAPES)

/** One pass over the text for every shape: a group per kind says which one matched. */
const SECRET_TEXT = new RegExp(KINDS.map(kind => `(${SECRET_SHAPES[kind]})`).join('|'))

/** The kind of credential the text holds (see SECRET_SHAPES), or undefined when none is seen. */
export function secretInText(text: string): string | undefined {
  const match = SECRET_TEXT.exec(text)
  if (match === null) return undefined
  return KINDS[match.slice(1).findIndex(group => group !== undefined)]
}
