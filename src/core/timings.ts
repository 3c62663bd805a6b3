/**
 * How long each phase of a command took, in the order the phases ended: what `query --timings`
 * prints. Phases may overlap (the model loads while the index is read), so they need not add up
 * to the total.
 */
export class Timings {
  private readonly phases: [phase: string, ms: number][] = []

  /** Records that `phase` took from `since` (a performance.now() reading) until now. */
  since(phase: string, since: number): void {
    this.phases.push([phase, performance.now() - since])
  }

  /** One line a phase: its name and its milliseconds. */
  lines(): string[] {
    const width = Math.max(...this.phases.map(([phase]) => phase.length))
    return this.phases.map(
      ([phase, ms]) => `${phase.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`
    )
  }
}
