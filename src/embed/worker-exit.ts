/** How a worker process ended, as the cluster saw it. */
export interface WorkerExit {
  code: number | null
  signal: NodeJS.Signals | null
  /** The end of what the worker wrote to stderr. */
  stderr: string
  /** Set when the process could not be started at all (spawn error). */
  spawnError?: string
}

// V8 prints "JavaScript heap out of memory", C++ allocation failures "std::bad_alloc", and ONNX
// Runtime's allocator "Failed to allocate memory" / "out of memory".
const OUT_OF_MEMORY_TEXT = /out of memory|heap limit|javascript heap|bad_alloc|failed to allocate/i

export function mentionsOutOfMemory(text: string): boolean {
  return OUT_OF_MEMORY_TEXT.test(text)
}

/**
 * Whether an unexpected death looks like memory exhaustion: one of the messages above, or a
 * SIGKILL we did not send, which on Linux is what the kernel's OOM killer sends.
 */
export function looksOutOfMemory(exit: WorkerExit): boolean {
  return mentionsOutOfMemory(exit.stderr) || exit.signal === 'SIGKILL'
}

export const OUT_OF_MEMORY_ADVICE =
  'This looks like running out of memory: use fewer workers (workers / --workers) or a ' +
  'smaller batch size (batch-size / --batch-size).'

export function describeExit(exit: WorkerExit): string {
  const how = exit.spawnError
    ? `could not be started (${exit.spawnError})`
    : exit.signal
      ? `was killed by ${exit.signal}`
      : `exited with code ${exit.code}`
  const lastLines = exit.stderr.trim().split('\n').slice(-3).join(' | ')
  return lastLines ? `${how}; stderr: ${lastLines}` : how
}
