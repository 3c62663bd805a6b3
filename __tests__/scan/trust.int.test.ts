/**
 * What a scan reads, against a pull request that tries to make it read more: links,
 * .gitignore, secrets, the tool's own output, odd names.
 */
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { scanRepository, type ScanResult } from '../../src/scan/scan.js'
import { gitInit, gitListed } from './git.js'
import { makeTree, optionsFor, removeTrees } from './support.js'

afterEach(removeTrees)

const TOKEN = 'TOKEN-IN-GIT-CONFIG-5d1e'
const paths = (result: ScanResult) => result.files.map(f => f.path)
const reasons = (result: ScanResult) => result.skipped.map(s => [s.path, s.reason])

describe('links', () => {
  it('an include glob reaches no file through a linked folder, into .git or out of root', async () => {
    const outside = await makeTree({ 'outside.md': 'outside the root\n' })
    const root = await makeTree({
      '.git/config': `[http] extraheader = AUTHORIZATION: basic ${TOKEN}\n`,
      'a/real.md': 'inside\n'
    })
    await symlink('.git', path.join(root, 'docs'))
    await symlink(outside, path.join(root, 'linkdir'))
    await symlink('../.git', path.join(root, 'a', 'lnk'))
    const result = await scanRepository(
      optionsFor(root, {
        // Globs whose leading folders are links (read as the glob's base), a glob naming a file
        // through one (looked up without listing a folder), and one that walks.
        include: ['docs/**', 'linkdir/**', 'docs/config', 'a/lnk/*', 'a/**/*.md']
      })
    )
    expect(paths(result)).toEqual(['a/real.md'])
    expect(reasons(result)).toEqual([
      ['a/lnk', 'symlink'],
      ['docs', 'symlink'],
      ['linkdir', 'symlink']
    ])
  })

  it('a linked folder that an exclude glob or .gitignore covers is neither read nor listed', async () => {
    const root = await makeTree({ '.git/config': `${TOKEN}\n`, '.gitignore': 'ignored-link\n' })
    await symlink('.git', path.join(root, 'docs'))
    await symlink('.git', path.join(root, 'ignored-link'))
    const result = await scanRepository(
      optionsFor(root, { include: ['docs/**', 'ignored-link/**'], exclude: ['docs/**'] })
    )
    expect(result).toEqual({ files: [], skipped: [] })
  })

  it('a link inside root is skipped, not read past .gitignore or exclude', async () => {
    const root = await makeTree({
      '.gitignore': 'local/\n',
      'local/creds.md': 'ignored by git\n',
      'private.md': 'excluded\n',
      'plain.md': 'plain\n'
    })
    await symlink('local/creds.md', path.join(root, 'notes.md'))
    await symlink('private.md', path.join(root, 'pub.md'))
    await symlink('plain.md', path.join(root, 'plain-link.md'))
    const result = await scanRepository(
      optionsFor(root, { include: ['**/*.md'], exclude: ['private.md'] })
    )
    expect(result.files.map(f => [f.path, f.content])).toEqual([['plain.md', 'plain\n']])
    expect(reasons(result)).toEqual([
      ['notes.md', 'symlink'],
      ['plain-link.md', 'symlink'],
      ['pub.md', 'symlink']
    ])
  })
})

/** Credentials of a kind the content check knows, assembled here so this file holds none. */
const FAKE = {
  awsKeyId: 'AKIA' + 'IOSFODNN7EXAMPLE',
  github: 'gh' + 'p_' + 'x1Y2z3'.repeat(6),
  githubPat: 'github' + '_pat_' + '11ABCDEFG0123456789_abcdefghij',
  gitlab: 'gl' + 'pat-' + 'abcdefghij0123456789',
  slack: 'xo' + 'xb-' + '1234567890-abcdefghij',
  google: 'AI' + 'za' + 'Sy'.padEnd(35, 'A0b_'),
  stripe: 'sk' + '_live_' + 'abc123'.repeat(4),
  npm: 'np' + 'm_' + 'a1B2c3'.repeat(6),
  pypi: 'pypi-' + 'AgEIcHlwaS5vcmc' + 'CJDExNzU2'.repeat(3),
  pem: (kind: string) =>
    `-----BEGIN ${kind}PRIVATE KEY-----\nMIIEvQIBADANBg==\n-----END ${kind}PRIVATE KEY-----\n`
}

describe('secrets', () => {
  it('files named like credentials are skipped, case-insensitively', async () => {
    const secrets = [
      '.docker/config.json',
      'gcp-service-account.json',
      'my_service_account.json',
      'config/secrets.yml',
      'k8s/secret.yaml',
      'infra/prod.tfvars',
      'infra/prod.tfvars.json',
      '.secrets.json',
      '.git-credentials',
      '.pgpass',
      'www/.htpasswd',
      '.envrc',
      'deploy/prod.env',
      'Deploy/PROD.ENV',
      'android/release.keystore',
      'keys/app.jks',
      'putty.ppk',
      '.dockercfg',
      '.s3cfg'
    ]
    const ordinary = [
      'docker/config.json',
      'config.json',
      'secrets.md',
      'environment.ts',
      'tf.vars'
    ]
    const root = await makeTree(
      Object.fromEntries([...secrets, ...ordinary].map(file => [file, 'nothing secret\n']))
    )
    const result = await scanRepository(optionsFor(root))
    expect(paths(result)).toEqual([...ordinary].sort())
    expect(reasons(result)).toEqual([...secrets].sort().map(file => [file, 'secret']))
  })

  it('files holding a well-known credential are skipped, naming its kind only', async () => {
    const secrets: Record<string, [string, string]> = {
      'settings.ts': [`export const key = '${FAKE.awsKeyId}'\n`, 'AWS access key id'],
      'deploy_key.txt': [FAKE.pem('OPENSSH '), 'private key'],
      'notes/rsa.md': [`key:\n${FAKE.pem('RSA ')}`, 'private key'],
      'tls.txt': [FAKE.pem(''), 'private key'],
      'ec.txt': [FAKE.pem('EC '), 'private key'],
      'putty.txt': ['PuTTY-User-Key-File-3: ssh-ed25519\n', 'private key'],
      'sa.json': [
        '{\n  "type": "service_account",\n  "private_key": "x"\n}\n',
        'private key in JSON'
      ],
      'ci.sh': [`export GH_TOKEN=${FAKE.github}\n`, 'GitHub token'],
      'pat.yml': [`token: ${FAKE.githubPat}\n`, 'GitHub token'],
      'gitlab.cfg': [`token = ${FAKE.gitlab}\n`, 'GitLab token'],
      'bot.py': [`SLACK = "${FAKE.slack}"\n`, 'Slack token'],
      'hook.md': ['https://hooks.slack.com/services/T000/B000/XXXX\n', 'Slack token'],
      'maps.js': [`const key = "${FAKE.google}"\n`, 'Google API key'],
      'pay.rb': [`Stripe.api_key = "${FAKE.stripe}"\n`, 'Stripe key'],
      'publish.txt': [`//registry.npmjs.org/:_authToken=${FAKE.npm}\n`, 'npm token'],
      'upload.txt': [`password = ${FAKE.pypi}\n`, 'PyPI token']
    }
    // Look-alikes that are no credential: public halves, short or lower-case prefixes, prose.
    const ordinary: Record<string, string> = {
      'cert.md': '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
      'pub.md': '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n',
      'docs.md': 'Keys look like AKIA followed by 16 characters; tokens start with ghp_.\n',
      'code.ts': 'const private_key = load()\nconst akia = "akiaiosfodnn7example"\n',
      'words.txt': 'xoxb is a prefix; sk_live_ too.\n'
    }
    const root = await makeTree({
      ...Object.fromEntries(Object.entries(secrets).map(([file, [text]]) => [file, text])),
      ...ordinary
    })
    const guarded = await scanRepository(optionsFor(root))
    expect(paths(guarded)).toEqual(Object.keys(ordinary).sort())
    expect(guarded.skipped).toEqual(
      Object.entries(secrets)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([file, [, kind]]) => ({ path: file, reason: 'secret', detail: kind }))
    )

    // exclude-secrets: false turns the names and the contents off alike.
    const open = await scanRepository(optionsFor(root, { excludeSecrets: false }))
    expect(open.skipped).toEqual([])
    expect(paths(open)).toEqual([...Object.keys(secrets), ...Object.keys(ordinary)].sort())
  })
})

describe("the tool's own paths", () => {
  it('own paths are left out by real path, through links and under names starting with ..', async () => {
    const root = await makeTree({
      'a.md': 'a\n',
      '..idx/manifest.json': '{}\n',
      '..idx-other/kept.md': 'kept\n',
      'idx2/kept.md': 'kept\n',
      'models/m/config.json': '{}\n',
      'stats.json': '{}\n',
      'stats.json.md': 'kept\n'
    })
    // The root and the own paths given through a link to the root.
    const via = `${root}-link`
    await symlink(root, via)
    try {
      const result = await scanRepository(
        optionsFor(via, {
          ownPaths: [
            path.join(via, '..idx'),
            path.join(root, 'models', 'm'),
            path.join(via, 'stats.json'),
            // An output folder not made yet, and one outside the root: nothing to leave out.
            path.join(via, 'idx', 'not', 'yet'),
            path.join(path.dirname(root), 'elsewhere')
          ]
        })
      )
      expect(paths(result)).toEqual([
        '..idx-other/kept.md',
        'a.md',
        'idx2/kept.md',
        'stats.json.md'
      ])
      expect(result.skipped).toEqual([])
    } finally {
      await rm(via)
    }
  })
})

describe('.gitignore', () => {
  it('.gitignore matches case-sensitively, as git on Linux', async () => {
    const root = await makeTree({
      '.gitignore': 'build/\n*.MD\n',
      'Build/tool.py': 'kept\n',
      'build/out.py': 'ignored\n',
      'a.md': 'kept\n',
      'B.MD': 'ignored\n'
    })
    const result = await scanRepository(optionsFor(root))
    expect(paths(result)).toEqual(['.gitignore', 'Build/tool.py', 'a.md'])
    expect(result.skipped).toEqual([])
  })

  it('lists what git ls-files -co --exclude-standard lists', async () => {
    const files: Record<string, string> = {
      '.gitignore': [
        '# a comment, then a blank line',
        '',
        '*.log',
        '!keep.log',
        'build/',
        '/root-only.md',
        '**/deep/*.tmp',
        'docs/**/draft-*',
        '\\#hash.md',
        '\\!bang.md',
        'trailing.md   ',
        'space\\ ',
        'Case.TXT',
        'a/**/z',
        '[ab]x.md',
        'q?.md',
        'dir-only/',
        'nested/*/'
      ].join('\n'),
      'sub/.gitignore': '!*.log\nlocal.md\n/anchored.md\n!build/\n',
      'sub/inner/.gitignore': 'local.md\n!local.md\n*.md\n!keep.md\n',
      'a.log': '1',
      'keep.log': '1',
      'build/x.ts': '1',
      'Build/x.ts': '1',
      'src/build': '1',
      'root-only.md': '1',
      'sub/root-only.md': '1',
      'x/deep/y.tmp': '1',
      'x/y/deep/z.tmp': '1',
      'deep/top.tmp': '1',
      'docs/a/b/draft-1.md': '1',
      'docs/draft-2.md': '1',
      'docs/final.md': '1',
      '#hash.md': '1',
      '!bang.md': '1',
      'trailing.md': '1',
      'space ': '1',
      space: '1',
      'Case.TXT': '1',
      'case.txt': '1',
      'CASE.TXT': '1',
      'a/z': '1',
      'a/b/c/z': '1',
      'a/b/c/z2': '1',
      'ax.md': '1',
      'bx.md': '1',
      'cx.md': '1',
      'q1.md': '1',
      'q12.md': '1',
      'dir-only/f.md': '1',
      'sub/dir-only': '1',
      'nested/one/f.md': '1',
      'nested/f.md': '1',
      'sub/a.log': '1',
      'sub/local.md': '1',
      'sub/anchored.md': '1',
      'sub/x/anchored.md': '1',
      'sub/build/y.ts': '1',
      'sub/inner/local.md': '1',
      'sub/inner/other.md': '1',
      'sub/inner/keep.md': '1',
      'sub/inner/code.ts': '1'
    }
    const root = await makeTree(files)
    gitInit(root)
    const result = await scanRepository(optionsFor(root, { excludeSecrets: false }))
    expect(result.skipped).toEqual([])
    const expected = gitListed(root)
    // Not a vacuous comparison: git keeps some of the files and drops others.
    expect(expected.length).toBeGreaterThan(15)
    expect(expected.length).toBeLessThan(Object.keys(files).length - 15)
    expect(paths(result)).toEqual(expected)
  })
})

describe('names', () => {
  it('a name with a backslash, a drive prefix or bytes that are not UTF-8 is listed as unsafe-name', async () => {
    const root = await makeTree({ 'ok.md': 'ok\n', 'back\\slash.md': 'b\n', 'C:drive.md': 'c\n' })
    const bytes = (name: number[]) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(name)])
    await writeFile(bytes([0xff, 0x2e, 0x6d, 0x64]), 'ff\n')
    await writeFile(bytes([0xfe, 0x2e, 0x6d, 0x64]), 'fe\n')
    await mkdir(bytes([0x64, 0xc3, 0x28]))
    await writeFile(bytes([0x64, 0xc3, 0x28, 0x2f, 0x69, 0x6e, 0x2e, 0x6d, 0x64]), 'in\n')
    await mkdir(path.join(root, 'dir\\name'))
    await writeFile(path.join(root, 'dir\\name', 'in.md'), 'in\n')
    // A valid name in the same place: U+00E9 is 0xc3 0xa9.
    await writeFile(bytes([0xc3, 0xa9, 0x2e, 0x6d, 0x64]), 'e\n')
    const result = await scanRepository(optionsFor(root))
    expect(paths(result)).toEqual(['ok.md', 'é.md'])
    expect(reasons(result)).toEqual([
      ['C:drive.md', 'unsafe-name'],
      ['\\xfe.md', 'unsafe-name'],
      ['\\xff.md', 'unsafe-name'],
      ['back\\\\slash.md', 'unsafe-name'],
      ['d\\xc3(', 'unsafe-name'],
      ['dir\\\\name', 'unsafe-name']
    ])
  })

  it('a literal backslash-x name and a byte that is not UTF-8 stay two entries', async () => {
    const root = await makeTree({ '\\xff.md': 'literal\n' })
    await writeFile(
      Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0xff, 0x2e, 0x6d, 0x64])]),
      'x\n'
    )
    const result = await scanRepository(optionsFor(root))
    expect(reasons(result)).toEqual([
      ['\\\\xff.md', 'unsafe-name'],
      ['\\xff.md', 'unsafe-name']
    ])
  })
})
