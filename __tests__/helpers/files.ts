import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Writes files ('/'-separated relative path → content) under `dir`, parent folders included. */
export async function writeTree(
  dir: string,
  files: Record<string, string | Uint8Array>
): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, ...name.split('/'))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}

/** Every file under `dir` as relative path → content (base64, so any bytes compare exactly). */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    tree[path.relative(dir, file)] = (await readFile(file)).toString('base64')
  }
  return tree
}
