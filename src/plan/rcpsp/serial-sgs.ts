/**
 * The serial schedule generation scheme: activities in the order of a precedence-feasible
 * activity list, each started at the earliest period its predecessors, its release and
 * the resources allow (Kelley 1963; Kolisch 1996). Every feasible schedule's order
 * decodes to a schedule at least as good, which is why list-based metaheuristics use it.
 */
import type { Problem } from './problem.js'
import { ResourceProfile } from './resource-profile.js'
import type { Schedule } from './schedule.js'

/** Decodes activity lists with one reusable resource profile. */
export class SerialSgs {
  readonly #profile: ResourceProfile

  constructor(readonly problem: Problem) {
    this.#profile = new ResourceProfile(problem)
  }

  /** The schedule of `list` (a precedence-feasible permutation of all activities). */
  decode(list: ArrayLike<number>): Schedule {
    const p = this.problem
    const starts = new Int32Array(p.n)
    const ends = new Int32Array(p.n)
    const profile = this.#profile
    profile.reset()
    let makespan = 0
    for (let k = 0; k < p.n; k++) {
      const j = list[k] as number
      let from = p.releases[j] as number
      for (const i of p.predecessors[j] as Int32Array) if ((ends[i] as number) > from) from = ends[i] as number
      const start = profile.earliestFit(j, from)
      const end = profile.fitEnd
      profile.book(j, start, end)
      starts[j] = start
      ends[j] = end
      if (end > makespan) makespan = end
    }
    return { starts, ends, makespan }
  }
}
