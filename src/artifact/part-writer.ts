/** An index file written piece by piece and hashed as it is written, then synced. */
import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'

export class PartWriter {
  private readonly hash = createHash('sha256')

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<PartWriter> {
    return new PartWriter(await open(path, 'wx'))
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.hash.update(bytes)
    let written = 0
    while (written < bytes.length) {
      written += (await this.handle.write(bytes, written, bytes.length - written)).bytesWritten
    }
  }

  /** Syncs and closes the file; its sha256. */
  async finish(): Promise<string> {
    await this.handle.sync()
    await this.handle.close()
    return this.hash.digest('hex')
  }

  /** Closes the file after a failure (the caller removes it). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => {})
  }
}
