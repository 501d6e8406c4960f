/**
 * The schedule budget, counted as the literature counts it (Kolisch & Hartmann 2006):
 * every schedule a generation scheme decodes is one, each forward and each backward
 * justification pass included.
 */

/** Counts generated schedules against a limit. */
export class ScheduleBudget {
  #used = 0

  constructor(readonly limit: number) {}

  /** Schedules generated so far. */
  get used(): number {
    return this.#used
  }

  /** Schedules left. */
  get left(): number {
    return Math.max(0, this.limit - this.#used)
  }

  /** Whether `n` more schedules fit. */
  allows(n = 1): boolean {
    return this.#used + n <= this.limit
  }

  /** Records `n` generated schedules. */
  spend(n = 1): void {
    this.#used += n
  }
}
