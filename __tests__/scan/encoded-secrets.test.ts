/**
 * Credentials in their encoded shapes are skipped like plain ones, naming the kind only: a PEM
 * private key in base64 wherever it lies in the encoded bytes, and Kubernetes Secret manifests
 * with values. Look-alikes (a base64 certificate, a ConfigMap, a Secret without values) are read.
 */
import { scanRepository } from '../../src/scan/scan.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterAll(removeTrees)

const base64 = (text: string) => Buffer.from(text).toString('base64')
const pem = (label: string) => `-----BEGIN ${label}-----\nMIIEvQIBADANBg\n-----END ${label}-----\n`

const KEY_MANIFEST = `apiVersion: v1
kind: Secret
metadata:
  name: tls
type: kubernetes.io/tls
data:
  tls.crt: ${base64(pem('CERTIFICATE'))}
  tls.key: ${base64(pem('RSA PRIVATE KEY'))}
`

test('encoded credentials are skipped as secret, naming their kind only', async () => {
  const secrets: Record<string, [string, string]> = {
    // Named like any manifest (not secret.yaml), so only the content can tell.
    'deploy/tls.yaml': [KEY_MANIFEST, 'private key in base64'],
    // The key after one and after two other bytes: the other two alignments of base64.
    'one-byte.txt': [`blob: ${base64(`x${pem('PRIVATE KEY')}`)}\n`, 'private key in base64'],
    'two-bytes.txt': [`blob: ${base64(`xy${pem('EC PRIVATE KEY')}`)}\n`, 'private key in base64'],
    'kubeconfig.yml': [
      `users:\n- name: ci\n  user:\n    client-key-data: ${base64(pem('OPENSSH PRIVATE KEY'))}\n`,
      'private key in base64'
    ],
    'deploy/db.yaml': [
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n',
      'Kubernetes Secret'
    ],
    'deploy/db.json': [
      '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "data": { "password": "aHVudGVyMg==" }\n}\n',
      'Kubernetes Secret'
    ],
    'deploy/list.yaml': [
      'items:\n  - kind: Secret\n    data:\n      token: dG9rZW4=\n',
      'Kubernetes Secret'
    ]
  }
  const ordinary: Record<string, string> = {
    'ca.yaml': `certificate-authority-data: ${base64(pem('CERTIFICATE'))}\n`,
    'config.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  mode: fast\n',
    'empty-secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: placeholder\n',
    'docs.md': 'A Secret (kind: Secret in the manifest) holds its values under data.\n'
  }
  const root = await makeTree({
    ...Object.fromEntries(Object.entries(secrets).map(([file, [text]]) => [file, text])),
    ...ordinary
  })
  const result = await scanRepository(optionsFor(root))
  expect(result.files.map(f => f.path)).toEqual(Object.keys(ordinary).sort())
  expect(result.skipped).toEqual(
    Object.entries(secrets)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([file, [, kind]]) => ({ path: file, reason: 'secret', detail: kind }))
  )
})
