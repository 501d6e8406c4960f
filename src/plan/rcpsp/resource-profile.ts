/**
 * Resource usage over time: the schedule generators ask where an activity fits and book
 * it. A person (a resource of one unit) is a sorted list of booked spans, so a fit is a
 * binary search per person whatever the topic's length, and 5,000 people over a
 * twenty-year roadmap take kilobytes, not the hundreds of megabytes of a day-by-day
 * array each. Other resources keep one growable array of units per period, grown only as
 * far as something is booked on them.
 */
import type { Problem } from './problem.js'

/** Usage of every resource per period. */
export class ResourceProfile {
  // The problem's demands in flat arrays (activity `j`'s at `[firstUse[j], firstUse[j + 1])`):
  // no array object to look up per activity in the decoder's inner loop.
  readonly #firstUse: Int32Array
  readonly #useResource: Int32Array
  readonly #useAmount: Int32Array
  readonly #hasBreaks: Uint8Array
  readonly #unit: Uint8Array
  /** Per activity: 1 when every resource it uses is a unit resource (people only). */
  readonly #allUnit: Uint8Array
  /** Scratch: a cursor into the bookings of each resource of the activity being placed. */
  readonly #cursors: Int32Array
  /** Per resource of more than one unit: units in use per period (`null` for unit resources). */
  readonly #usage: (Int32Array | null)[]
  readonly #used: Int32Array // per resource: periods touched since the last reset
  /**
   * Unit resources' bookings, sorted and disjoint: resource `r`'s are at `[base[r],
   * base[r] + spans[r])` of `spanStart`/`spanEnd`, room for one per activity that uses it.
   */
  readonly #base: Int32Array
  readonly #roomEnd: Int32Array
  readonly #spans: Int32Array
  readonly #spanStart: Int32Array
  readonly #spanEnd: Int32Array

  constructor(private readonly problem: Problem) {
    const n = problem.n
    const count = problem.resourceCount
    this.#firstUse = new Int32Array(n + 1)
    for (let j = 0; j < n; j++) this.#firstUse[j + 1] = (this.#firstUse[j] as number) + (problem.uses[j] as Int32Array).length
    this.#useResource = new Int32Array(this.#firstUse[n] as number)
    this.#useAmount = new Int32Array(this.#firstUse[n] as number)
    this.#hasBreaks = new Uint8Array(n)
    const users = new Int32Array(count)
    for (let j = 0; j < n; j++) {
      this.#useResource.set(problem.uses[j] as Int32Array, this.#firstUse[j])
      this.#useAmount.set(problem.amounts[j] as Int32Array, this.#firstUse[j])
      for (const r of problem.uses[j] as Int32Array) users[r] = (users[r] as number) + 1
      if ((problem.breaks[j] as Int32Array).length > 0) this.#hasBreaks[j] = 1
    }
    this.#unit = Uint8Array.from(problem.capacities, (c) => (c === 1 ? 1 : 0))
    this.#allUnit = new Uint8Array(n)
    let widest = 0
    for (let j = 0; j < n; j++) {
      const uses = problem.uses[j] as Int32Array
      widest = Math.max(widest, uses.length)
      this.#allUnit[j] = uses.every((r) => this.#unit[r] === 1) ? 1 : 0
    }
    this.#cursors = new Int32Array(widest)
    this.#usage = Array.from({ length: count }, (_, r) => (this.#unit[r] === 1 ? null : new Int32Array(64)))
    this.#used = new Int32Array(count)
    this.#base = new Int32Array(count)
    this.#roomEnd = new Int32Array(count)
    let room = 0
    for (let r = 0; r < count; r++) {
      this.#base[r] = room
      if (this.#unit[r] === 1) room += users[r] as number
      this.#roomEnd[r] = room
    }
    this.#spans = new Int32Array(count)
    this.#spanStart = new Int32Array(room)
    this.#spanEnd = new Int32Array(room)
  }

  /** Forgets every booking. */
  reset(): void {
    for (let r = 0; r < this.#usage.length; r++) {
      if (this.#used[r] === 0) continue
      this.#usage[r]?.fill(0, 0, this.#used[r])
      this.#used[r] = 0
    }
    this.#spans.fill(0)
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
    const firstUse = this.#firstUse[j] as number
    const lastUse = this.#firstUse[j + 1] as number
    const breaks = this.#hasBreaks[j] === 1 ? (p.breaks[j] as Int32Array) : NO_BREAKS
    if (duration === 0 || (firstUse === lastUse && breaks.length === 0)) {
      this.fitEnd = from + duration
      return from
    }
    if (breaks.length === 0 && this.#allUnit[j] === 1) return this.#earliestGap(firstUse, lastUse, from, duration)
    let start = from
    let b = firstBreakEndingAfter(breaks, start) // the first break that ends after `start`
    for (;;) {
      while (b < breaks.length && (breaks[b + 1] as number) <= start) b += 2
      if (b < breaks.length && (breaks[b] as number) <= start) {
        start = breaks[b + 1] as number
        continue
      }
      const end = breaks.length === 0 ? start + duration : spanEnd(breaks, b, start, duration)
      // Every start before the end of a conflicting booking overlaps it too: jump there.
      const next = this.#nextTry(firstUse, lastUse, start, end)
      if (next === -1) {
        this.fitEnd = end
        return start
      }
      start = next
    }
  }

  /**
   * Whether activity `j` can start exactly at `start` (not on a break, resources free for
   * its whole span); the span's end is left in `fitEnd`.
   */
  fitsAt(j: number, start: number): boolean {
    const p = this.problem
    const duration = p.durations[j] as number
    const breaks = this.#hasBreaks[j] === 1 ? (p.breaks[j] as Int32Array) : NO_BREAKS
    const b = firstBreakEndingAfter(breaks, start)
    if (b < breaks.length && (breaks[b] as number) <= start && duration > 0) return false
    if (duration === 0) {
      this.fitEnd = start
      return true
    }
    const end = spanEnd(breaks, b, start, duration)
    if (this.#nextTry(this.#firstUse[j] as number, this.#firstUse[j + 1] as number, start, end) !== -1) return false
    this.fitEnd = end
    return true
  }

  /** Books activity `j` over `[start, end)`. */
  book(j: number, start: number, end: number): void {
    if (end <= start) return
    for (let q = this.#firstUse[j] as number, last = this.#firstUse[j + 1] as number; q < last; q++) {
      const r = this.#useResource[q] as number
      let usage = this.#usage[r] as Int32Array | null
      if (usage === null) {
        this.#bookSpan(r, start, end)
        continue
      }
      if (usage.length < end) {
        const grown = new Int32Array(Math.max(end, usage.length * 2))
        grown.set(usage)
        this.#usage[r] = usage = grown
      }
      const amount = this.#useAmount[q] as number
      for (let t = start; t < end; t++) usage[t] = (usage[t] as number) + amount
      if ((this.#used[r] as number) < end) this.#used[r] = end
    }
  }

  /**
   * The earliest start ≥ `from` at which demands `[firstUse, lastUse)`, all on unit
   * resources (people), are free for `duration`. Bookings of a unit resource never overlap,
   * so their ends are in order too: one search per person, then a cursor that only moves
   * forward, past each conflicting booking once. (A search per conflict made a person with
   * hundreds of topics cost n² log n a schedule.)
   */
  #earliestGap(firstUse: number, lastUse: number, from: number, duration: number): number {
    const starts = this.#spanStart
    const ends = this.#spanEnd
    const cursors = this.#cursors
    for (let q = firstUse; q < lastUse; q++) {
      const r = this.#useResource[q] as number
      // The first booking that ends after `from`.
      const k = this.#lastSpanBefore(r, from + 1)
      cursors[q - firstUse] = k === -1 ? (this.#base[r] as number) : (ends[k] as number) > from ? k : k + 1
    }
    let start = from
    for (;;) {
      const end = start + duration
      let next = -1
      for (let q = firstUse; q < lastUse; q++) {
        const r = this.#useResource[q] as number
        const top = (this.#base[r] as number) + (this.#spans[r] as number)
        let k = cursors[q - firstUse] as number
        while (k < top && (ends[k] as number) <= start) k++
        cursors[q - firstUse] = k
        // Every booking starting before `end` conflicts; the last of them ends latest.
        let last = k
        while (last < top && (starts[last] as number) < end) last++
        if (last > k && (ends[last - 1] as number) > next) next = ends[last - 1] as number
      }
      if (next === -1) {
        this.fitEnd = end
        return start
      }
      start = next
    }
  }

  /** Units of `r` in use at `t`. */
  usage(r: number, t: number): number {
    const usage = this.#usage[r] as Int32Array | null
    if (usage !== null) return usage[t] ?? 0
    const k = this.#lastSpanBefore(r, t + 1)
    return k >= 0 && (this.#spanEnd[k] as number) > t ? 1 : 0
  }

  /** Inserts `[start, end)` into the bookings of unit resource `r`, kept in order. */
  #bookSpan(r: number, start: number, end: number): void {
    const starts = this.#spanStart
    const ends = this.#spanEnd
    const base = this.#base[r] as number
    const top = base + (this.#spans[r] as number)
    if (top === this.#roomEnd[r]) throw new Error(`resource ${r} booked more often than activities use it`)
    // Bookings mostly come in order of start: then the new one goes last.
    const before = top === base || (starts[top - 1] as number) < start ? top - 1 : this.#lastSpanBefore(r, start)
    const at = before === -1 ? base : before + 1
    if (at < top) {
      starts.copyWithin(at + 1, at, top)
      ends.copyWithin(at + 1, at, top)
    }
    starts[at] = start
    ends[at] = end
    this.#spans[r] = top + 1 - base
  }

  /** The last booking of unit resource `r` that starts before `t`, as an index into the span arrays (-1: none). */
  #lastSpanBefore(r: number, t: number): number {
    const starts = this.#spanStart
    const base = this.#base[r] as number
    let low = base
    let high = base + (this.#spans[r] as number)
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((starts[mid] as number) < t) low = mid + 1
      else high = mid
    }
    return low > base ? low - 1 : -1
  }

  /**
   * -1 when the demands `[firstUse, lastUse)` fit over `[start, end)`; otherwise the next
   * start worth trying: past the booking that fills a person, or the day after the first
   * period another resource is full.
   */
  #nextTry(firstUse: number, lastUse: number, start: number, end: number): number {
    const capacities = this.problem.capacities
    let next = -1
    for (let q = firstUse; q < lastUse; q++) {
      const r = this.#useResource[q] as number
      if (this.#unit[r] === 1) {
        // The last booking starting before the span's end is the one that ends latest.
        const last = this.#lastSpanBefore(r, end)
        const until = last >= 0 ? (this.#spanEnd[last] as number) : -1
        if (until > start && until > next) next = until
        continue
      }
      const usage = this.#usage[r] as Int32Array
      const free = (capacities[r] as number) - (this.#useAmount[q] as number)
      const stop = Math.min(end, usage.length)
      for (let t = start; t < stop; t++) {
        if ((usage[t] as number) > free) {
          if (t + 1 > next) next = t + 1
          break
        }
      }
    }
    return next
  }
}

/**
 * The index (even) of the first break of `breaks` (pairs of start and end, in order) that
 * ends after `t`, or `breaks.length`: found by halving, as a person's absences and holidays
 * over a long plan are thousands.
 */
function firstBreakEndingAfter(breaks: Int32Array, t: number): number {
  let low = 0
  let high = breaks.length / 2
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((breaks[2 * mid + 1] as number) <= t) low = mid + 1
    else high = mid
  }
  return 2 * low
}

/** The breaks of activities without any. */
const NO_BREAKS = new Int32Array(0)

/**
 * The end of a span that starts at `start` (not on a break) and works `duration`
 * periods, pausing on breaks from index `b` on (the first break that ends after `start`).
 */
function spanEnd(breaks: Int32Array, b: number, start: number, duration: number): number {
  let t = start
  let left = duration
  for (let k = b; k < breaks.length; k += 2) {
    const breakStart = breaks[k] as number
    if (breakStart >= t + left) break
    left -= breakStart - t
    t = breaks[k + 1] as number
  }
  return t + left
}
