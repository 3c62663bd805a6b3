/** File names (case-insensitive) that often hold credentials, skipped unless asked otherwise. */
export const SECRET_FILE_PATTERNS: readonly string[] = [
  '.env',
  '.env.*',
  '*.pem',
  '*.key',
  'id_rsa*',
  'id_dsa*',
  'id_ecdsa*',
  'id_ed25519*',
  '*.p12',
  '*.pfx',
  'credentials',
  'credentials.json',
  '.npmrc',
  '.pypirc',
  '.netrc'
]

const SECRET_NAME = new RegExp(
  `^(?:${SECRET_FILE_PATTERNS.map(pattern => pattern.split('*').map(escapeRegExp).join('.*')).join(
    '|'
  )})$`,
  'is'
)

/** Whether the file name (the last segment of a '/'-separated path) looks like a secret's. */
export function isSecretPath(path: string): boolean {
  return SECRET_NAME.test(path.slice(path.lastIndexOf('/') + 1))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
