/**
 * The parallel schedule generation scheme (Brooks 1963; Kolisch 1996): time moves from
 * one decision point (a finish, a release) to the next; at each, the eligible activities
 * are started in priority order while they fit. It builds non-delay schedules, often
 * better than the serial scheme's when resources are scarce.
 */
import { MinHeap } from './min-heap.js'
import type { Problem } from './problem.js'
import { ResourceProfile } from './resource-profile.js'
import type { Schedule } from './schedule.js'

/** Decodes priority orders (lower value first) with one reusable resource profile. */
export class ParallelSgs {
  readonly #profile: ResourceProfile

  constructor(readonly problem: Problem) {
    this.#profile = new ResourceProfile(problem)
  }

  /** The schedule for priority values `priority` (ties by activity index). */
  decode(priority: ArrayLike<number>): Schedule {
    const p = this.problem
    const n = p.n
    const starts = new Int32Array(n)
    const ends = new Int32Array(n)
    const waiting = Int32Array.from(p.predecessors, (preds) => preds.length)
    const ready = Int32Array.from(p.releases)
    const profile = this.#profile
    profile.reset()
    // Keys are time × n + activity, so a heap orders by time, then activity.
    const running = new MinHeap()
    const upcoming = new MinHeap()
    const eligible: number[] = []
    for (let j = 0; j < n; j++) if (waiting[j] === 0) upcoming.push((ready[j] as number) * n + j)
    const byPriority = (a: number, b: number): number => (priority[a] as number) - (priority[b] as number) || a - b
    const finish = (j: number): void => {
      for (const s of p.successors[j] as Int32Array) {
        if ((ready[s] as number) < (ends[j] as number)) ready[s] = ends[j] as number
        waiting[s] = (waiting[s] as number) - 1
        if (waiting[s] === 0) upcoming.push((ready[s] as number) * n + s)
      }
    }
    let scheduled = 0
    let makespan = 0
    let t = 0
    while (scheduled < n) {
      for (;;) {
        while (running.size > 0 && Math.floor((running.peek() as number) / n) <= t) finish((running.pop() as number) % n)
        while (upcoming.size > 0 && Math.floor((upcoming.peek() as number) / n) <= t)
          eligible.push((upcoming.pop() as number) % n)
        eligible.sort(byPriority)
        let kept = 0
        let instant = false
        for (const j of eligible) {
          if (!profile.fitsAt(j, t)) {
            eligible[kept++] = j
            continue
          }
          const end = profile.fitEnd
          profile.book(j, t, end)
          starts[j] = t
          ends[j] = end
          scheduled++
          if (end > makespan) makespan = end
          running.push(end * n + j)
          if (end === t) instant = true
        }
        eligible.length = kept
        // A zero-duration activity finished now may make others eligible now.
        if (!instant) break
      }
      if (scheduled === n) break
      let next = Infinity
      if (running.size > 0) next = Math.floor((running.peek() as number) / n)
      if (upcoming.size > 0) next = Math.min(next, Math.floor((upcoming.peek() as number) / n))
      // Eligible activities blocked only by a break wake up when they can start.
      if (running.size === 0) for (const j of eligible) next = Math.min(next, profile.earliestFit(j, t + 1))
      t = next
    }
    return { starts, ends, makespan }
  }
}
