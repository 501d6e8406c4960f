/**
 * Resource usage over time, one growable array of units per resource: the schedule
 * generators ask where an activity fits and book it. Arrays grow only as far as
 * something is booked on that resource, so 500 people over a long roadmap stay small.
 */
import type { Problem } from './problem.js'

/** Usage of every resource per period. */
export class ResourceProfile {
  readonly #usage: Int32Array[]
  /**
   * For unit-capacity resources (people): the end of the booking that occupies each
   * period, so a search can jump over a whole booked topic instead of stepping day by day.
   */
  readonly #bookedUntil: (Int32Array | null)[]
  readonly #used: Int32Array // per resource: periods touched since the last reset

  constructor(private readonly problem: Problem) {
    this.#usage = Array.from({ length: problem.resourceCount }, () => new Int32Array(64))
    this.#bookedUntil = Array.from(problem.capacities, (c) => (c === 1 ? new Int32Array(64) : null))
    this.#used = new Int32Array(problem.resourceCount)
  }

  /** Forgets every booking. */
  reset(): void {
    for (let r = 0; r < this.#usage.length; r++) {
      ;(this.#usage[r] as Int32Array).fill(0, 0, this.#used[r])
      this.#bookedUntil[r]?.fill(0, 0, this.#used[r])
      this.#used[r] = 0
    }
  }

  /** End of the span found by the last `earliestFit`. */
  fitEnd = 0

  /**
   * The earliest start ≥ `from` at which activity `j` fits for its whole span; the span's
   * end is left in `fitEnd`. With breaks, the span runs until `duration` working periods
   * have passed (an activity does not start on a break). Zero-duration activities need
   * no resources.
   */
  earliestFit(j: number, from: number): number {
    const p = this.problem
    const duration = p.durations[j] as number
    const uses = p.uses[j] as Int32Array
    const breaks = p.breaks[j] as Int32Array
    if (duration === 0 || (uses.length === 0 && breaks.length === 0)) {
      this.fitEnd = from + duration
      return from
    }
    const amounts = p.amounts[j] as Int32Array
    let start = from
    let worked = 0
    let b = 0 // the next break that ends after period t
    let t = from
    while (worked < duration) {
      while (b < breaks.length && (breaks[b + 1] as number) <= t) b += 2
      const onBreak = b < breaks.length && (breaks[b] as number) <= t
      if (t === start && onBreak) {
        start = t = breaks[b + 1] as number
        continue
      }
      const next = this.#nextTry(uses, amounts, t)
      if (next !== -1) {
        start = t = next
        worked = 0
        continue
      }
      if (!onBreak) worked++
      t++
    }
    this.fitEnd = t
    return start
  }

  /**
   * Whether activity `j` can start exactly at `start` (not on a break, resources free for
   * its whole span); the span's end is left in `fitEnd`.
   */
  fitsAt(j: number, start: number): boolean {
    const p = this.problem
    const duration = p.durations[j] as number
    const uses = p.uses[j] as Int32Array
    const breaks = p.breaks[j] as Int32Array
    let b = 0
    while (b < breaks.length && (breaks[b + 1] as number) <= start) b += 2
    if (b < breaks.length && (breaks[b] as number) <= start && duration > 0) return false
    if (duration === 0) {
      this.fitEnd = start
      return true
    }
    const amounts = p.amounts[j] as Int32Array
    let worked = 0
    let t = start
    while (worked < duration) {
      while (b < breaks.length && (breaks[b + 1] as number) <= t) b += 2
      const onBreak = b < breaks.length && (breaks[b] as number) <= t
      if (uses.length > 0 && this.#nextTry(uses, amounts, t) !== -1) return false
      if (!onBreak) worked++
      t++
    }
    this.fitEnd = t
    return true
  }

  /** Books activity `j` over `[start, end)`. */
  book(j: number, start: number, end: number): void {
    const p = this.problem
    const uses = p.uses[j] as Int32Array
    const amounts = p.amounts[j] as Int32Array
    for (let k = 0; k < uses.length; k++) {
      const r = uses[k] as number
      let usage = this.#usage[r] as Int32Array
      if (usage.length < end) {
        const size = Math.max(end, usage.length * 2)
        const grown = new Int32Array(size)
        grown.set(usage)
        this.#usage[r] = usage = grown
        const until = this.#bookedUntil[r]
        if (until) {
          const g = new Int32Array(size)
          g.set(until)
          this.#bookedUntil[r] = g
        }
      }
      const amount = amounts[k] as number
      for (let t = start; t < end; t++) usage[t] = (usage[t] as number) + amount
      this.#bookedUntil[r]?.fill(end, start, end)
      if ((this.#used[r] as number) < end) this.#used[r] = end
    }
  }

  /** Units of `r` in use at `t`. */
  usage(r: number, t: number): number {
    return (this.#usage[r] as Int32Array)[t] ?? 0
  }

  /**
   * -1 when the activity's demands fit at `t`; otherwise the next period worth trying:
   * past the booking that fills a person, or simply `t + 1`.
   */
  #nextTry(uses: Int32Array, amounts: Int32Array, t: number): number {
    const capacities = this.problem.capacities
    let next = -1
    for (let k = 0; k < uses.length; k++) {
      const r = uses[k] as number
      const usage = this.#usage[r] as Int32Array
      if ((t < usage.length ? (usage[t] as number) : 0) + (amounts[k] as number) <= (capacities[r] as number)) continue
      const until = this.#bookedUntil[r]
      const jump = until ? (until[t] as number) : t + 1
      if (jump > next) next = jump
    }
    return next
  }
}
