/**
 * Which activities are critical in one sample's schedule: those with no slack in its
 * schedule graph (prerequisites, each person's topics one after the other, a pool
 * topic after those that free a slot when it starts). The same slack as `totalSlack`
 * over `scheduleGraph` (`plan/analysis/schedule-graph.ts`) — activities taken latest
 * start first, ties by latest end, then by higher index — but on typed arrays, with no
 * edge objects and no comparison sort, since a forecast computes it a thousand times: a
 * 10,000-topic roadmap's graph and slack took 20 ms a sample, this takes about 2.
 */
import type { Problem } from '../plan/rcpsp/problem.js'
import type { Schedule } from '../plan/rcpsp/schedule.js'
import type { ResourceInfo } from '../plan/roadmap-problem.js'

/** Above this many periods, the order is sorted by comparison instead of by counting. */
const MAX_COUNTED_PERIODS = 1 << 22

/** Marks the critical activities of schedules of one problem (reusing its buffers). */
export class SampleCriticality {
  readonly #n: number
  readonly #firstPredecessor: Int32Array
  readonly #predecessors: Int32Array
  /** Activities by person, `r`'s at `[firstUser[r], firstUser[r + 1])`; sorted by start for each schedule. */
  readonly #firstUser: Int32Array
  readonly #users: Int32Array
  /** Per place in `#users`: where its person's places start. */
  readonly #chainStart: Int32Array
  /** Per activity, its persons' places in `#users` (at `[firstPlace[j], firstPlace[j + 1])`). */
  readonly #firstPlace: Int32Array
  readonly #places: Int32Array
  /** Per pool resource: its activities. */
  readonly #pools: readonly Int32Array[]
  readonly #poolsOf: readonly (readonly number[])[]
  readonly #order: Int32Array
  readonly #scratch: Int32Array
  readonly #latestEnd: Int32Array

  constructor(problem: Problem, resources: readonly ResourceInfo[]) {
    const n = problem.n
    this.#n = n
    this.#firstPredecessor = new Int32Array(n + 1)
    for (let j = 0; j < n; j++)
      this.#firstPredecessor[j + 1] = (this.#firstPredecessor[j] as number) + (problem.predecessors[j] as Int32Array).length
    this.#predecessors = new Int32Array(this.#firstPredecessor[n] as number)
    for (let j = 0; j < n; j++) this.#predecessors.set(problem.predecessors[j] as Int32Array, this.#firstPredecessor[j])

    const isPerson = resources.map((r) => r.kind === 'person')
    const count = new Int32Array(resources.length + 1)
    const pools: number[][] = resources.map(() => [])
    const poolsOf: number[][] = Array.from({ length: n }, () => [])
    let places = 0
    for (let j = 0; j < n; j++) {
      for (const r of problem.uses[j] as Int32Array) {
        if (isPerson[r]) {
          count[r + 1] = (count[r + 1] as number) + 1
          places++
        } else if (r < resources.length) {
          pools[r]?.push(j)
          poolsOf[j]?.push(r)
        }
      }
    }
    for (let r = 0; r < resources.length; r++) count[r + 1] = (count[r + 1] as number) + (count[r] as number)
    this.#firstUser = Int32Array.from(count)
    this.#users = new Int32Array(places)
    this.#chainStart = new Int32Array(places)
    for (let r = 0; r < resources.length; r++) this.#chainStart.fill(count[r] as number, count[r], count[r + 1])
    this.#firstPlace = new Int32Array(n + 1)
    this.#places = new Int32Array(places)
    const filled = Int32Array.from(count)
    for (let j = 0; j < n; j++) {
      let k = this.#firstPlace[j] as number
      for (const r of problem.uses[j] as Int32Array) {
        if (!isPerson[r]) continue
        this.#users[filled[r] as number] = j
        filled[r] = (filled[r] as number) + 1
        k++
      }
      this.#firstPlace[j + 1] = k
    }
    this.#pools = pools.map((users) => Int32Array.from(users))
    this.#poolsOf = poolsOf
    this.#order = new Int32Array(n)
    this.#scratch = new Int32Array(n)
    this.#latestEnd = new Int32Array(n)
  }

  /** Sets `critical[offset + j]` to 1 for every activity `j` without slack in `schedule` (others are left as they are). */
  mark(schedule: Schedule, critical: Uint8Array, offset: number): void {
    const n = this.#n
    const { starts, ends, makespan } = schedule
    const users = this.#users
    const firstUser = this.#firstUser
    // Each person's topics in order of start, then end, then index; each topic's places in those orders.
    for (let r = 0; r + 1 < firstUser.length; r++)
      sortByStart(users, firstUser[r] as number, firstUser[r + 1] as number, starts, ends)
    const places = this.#places
    const filled = Int32Array.from(this.#firstPlace.subarray(0, n))
    for (let r = 0; r + 1 < firstUser.length; r++) {
      for (let q = firstUser[r] as number; q < (firstUser[r + 1] as number); q++) {
        const j = users[q] as number
        places[filled[j] as number] = q
        filled[j] = (filled[j] as number) + 1
      }
    }

    const order = this.#latestStartFirst(starts, ends, makespan)
    const latestEnd = this.#latestEnd.fill(makespan)
    const first = this.#firstPredecessor
    const predecessors = this.#predecessors
    const firstPlace = this.#firstPlace
    const chainStart = this.#chainStart
    for (let k = 0; k < n; k++) {
      const j = order[k] as number
      const start = starts[j] as number
      const latestStart = (latestEnd[j] as number) - ((ends[j] as number) - start)
      if (latestStart <= start) critical[offset + j] = 1
      for (let q = first[j] as number; q < (first[j + 1] as number); q++) {
        const i = predecessors[q] as number
        if ((latestEnd[i] as number) > latestStart) latestEnd[i] = latestStart
      }
      // The person's previous topic.
      for (let q = firstPlace[j] as number; q < (firstPlace[j + 1] as number); q++) {
        const place = places[q] as number
        if (place === chainStart[place]) continue
        const i = users[place - 1] as number
        if ((latestEnd[i] as number) > latestStart) latestEnd[i] = latestStart
      }
      // Pool topics that free a slot exactly when this one starts.
      for (const r of this.#poolsOf[j] as readonly number[]) {
        for (const i of this.#pools[r] as Int32Array) {
          if (
            i !== j &&
            ends[i] === start &&
            (ends[i] as number) > (starts[i] as number) &&
            (latestEnd[i] as number) > latestStart
          )
            latestEnd[i] = latestStart
        }
      }
    }
  }

  /** Activities by start, latest first; ties by end, latest first; then by index, highest first. */
  #latestStartFirst(starts: Int32Array, ends: Int32Array, makespan: number): Int32Array {
    const n = this.#n
    const order = this.#order
    if (makespan >= MAX_COUNTED_PERIODS) {
      for (let j = 0; j < n; j++) order[j] = j
      order.sort((a, b) => (starts[b] as number) - (starts[a] as number) || (ends[b] as number) - (ends[a] as number) || b - a)
      return order
    }
    // Two stable counting sorts: by end, latest first, of the activities from the highest index down; then by start.
    const scratch = this.#scratch
    for (let j = 0; j < n; j++) scratch[j] = n - 1 - j
    countingSortDescending(scratch, order, ends, makespan)
    countingSortDescending(order, scratch, starts, makespan)
    order.set(scratch)
    return order
  }
}

/** Puts `items` into `out` by `keys`, highest first, keeping the order of equal keys; keys are in `[0, max]`. */
function countingSortDescending(items: Int32Array, out: Int32Array, keys: Int32Array, max: number): void {
  const counts = new Int32Array(max + 2)
  for (let k = 0; k < items.length; k++) {
    const key = max - (keys[items[k] as number] as number)
    counts[key + 1] = (counts[key + 1] as number) + 1
  }
  for (let key = 0; key <= max; key++) counts[key + 1] = (counts[key + 1] as number) + (counts[key] as number)
  for (let k = 0; k < items.length; k++) {
    const item = items[k] as number
    const key = max - (keys[item] as number)
    out[counts[key] as number] = item
    counts[key] = (counts[key] as number) + 1
  }
}

/**
 * Sorts `items[from, to)` by start, then end, then value: by insertion when they are few
 * (or, as from the sample before, nearly in order already).
 */
function sortByStart(items: Int32Array, from: number, to: number, starts: Int32Array, ends: Int32Array): void {
  if (to - from > 64) {
    items
      .subarray(from, to)
      .sort((a, b) => (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number) || a - b)
    return
  }
  for (let k = from + 1; k < to; k++) {
    const item = items[k] as number
    const start = starts[item] as number
    const end = ends[item] as number
    let m = k - 1
    for (; m >= from; m--) {
      const other = items[m] as number
      const otherStart = starts[other] as number
      if (
        otherStart < start ||
        (otherStart === start && ((ends[other] as number) < end || ((ends[other] as number) === end && other < item)))
      )
        break
      items[m + 1] = other
    }
    items[m + 1] = item
  }
}
