/** Where a run reports what it does: the action's log (annotations) or the CLI's stderr. */
export interface Log {
  info(message: string): void
  warning(message: string): void
}
