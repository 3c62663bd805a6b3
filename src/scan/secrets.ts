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
 * The base64 text that stands for `text` wherever it lies in the encoded bytes: one form for each
 * of the three alignments (0, 1 or 2 bytes before it), without the characters that mix in the
 * bytes around it.
 */
function base64Forms(text: string): string[] {
  const bytes = Buffer.from(text, 'utf8')
  return [0, 1, 2].map(before => {
    const encoded = Buffer.concat([Buffer.alloc(before), bytes]).toString('base64')
    return encoded.slice(Math.ceil((8 * before) / 6), Math.floor((8 * (before + bytes.length)) / 6))
  })
}

/**
 * A PEM private key's header in base64 (a Kubernetes Secret's `tls.key`, a kubeconfig's
 * `client-key-data`): `-----BEGIN ` then, within the header's length, `PRIVATE KEY`. A
 * certificate's header (public) does not match.
 */
const BASE64_PRIVATE_KEY = `(?:${base64Forms('-----BEGIN ').join('|')})[A-Za-z0-9+/]{0,40}?(?:${base64Forms('PRIVATE KEY').join('|')})`

/**
 * Well-known shapes of credentials in a file's text, each named for the skip's detail (never the
 * credential itself). Prefixes that only credentials carry keep false positives rare; what matched
 * stays in the file, unindexed.
 */
const SECRET_SHAPES: Record<string, string> = {
  'private key': String.raw`-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|PuTTY-User-Key-File-\d`,
  'private key in JSON': String.raw`"private_key"\s*:\s*"`,
  'private key in base64': BASE64_PRIVATE_KEY,
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

/**
 * A Kubernetes Secret manifest (YAML or JSON) with values: a `kind: Secret` line and a `data:` or
 * `stringData:` key, in either order. Its values are base64 or plain text of any shape, so the
 * manifest itself is the shape. Two separate tests: each runs in linear time.
 */
const KUBERNETES_SECRET_KIND = /^[ \t-]*["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*,?[ \t]*$/m
const KUBERNETES_SECRET_VALUES = /^[ \t]*["']?(?:data|stringData)["']?[ \t]*:/m

/** The kind of credential the text holds (see SECRET_SHAPES), or undefined when none is seen. */
export function secretInText(text: string): string | undefined {
  const match = SECRET_TEXT.exec(text)
  if (match !== null) return KINDS[match.slice(1).findIndex(group => group !== undefined)]
  if (KUBERNETES_SECRET_KIND.test(text) && KUBERNETES_SECRET_VALUES.test(text)) {
    return 'Kubernetes Secret'
  }
  return undefined
}
