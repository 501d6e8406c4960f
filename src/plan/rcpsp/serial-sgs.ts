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
  /**
   * Predecessors in one array, activity `j`'s at `[firstPredecessor[j],
   * firstPredecessor[j + 1])`: no array per activity to look up in the loop.
   */
  readonly #firstPredecessor: Int32Array
  readonly #predecessors: Int32Array

  constructor(readonly problem: Problem) {
    this.#profile = new ResourceProfile(problem)
    this.#firstPredecessor = new Int32Array(problem.n + 1)
    for (let j = 0; j < problem.n; j++)
      this.#firstPredecessor[j + 1] = (this.#firstPredecessor[j] as number) + (problem.predecessors[j] as Int32Array).length
    this.#predecessors = new Int32Array(this.#firstPredecessor[problem.n] as number)
    for (let j = 0; j < problem.n; j++) this.#predecessors.set(problem.predecessors[j] as Int32Array, this.#firstPredecessor[j])
  }

  /** The schedule of `list` (a precedence-feasible permutation of all activities). */
  decode(list: ArrayLike<number>): Schedule {
    const p = this.problem
    const starts = new Int32Array(p.n)
    const ends = new Int32Array(p.n)
    const profile = this.#profile
    profile.reset()
    const first = this.#firstPredecessor
    const predecessors = this.#predecessors
    const releases = p.releases
    let makespan = 0
    for (let k = 0; k < p.n; k++) {
      const j = list[k] as number
      let from = releases[j] as number
      for (let q = first[j] as number, last = first[j + 1] as number; q < last; q++) {
        const end = ends[predecessors[q] as number] as number
        if (end > from) from = end
      }
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
