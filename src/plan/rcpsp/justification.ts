/**
 * Double justification (forward-backward improvement; Valls, Ballestín & Quintanilla
 * 2005): shift every activity as late as it can go, in order of decreasing finish, then
 * as early as it can go, in order of increasing start. Two schedules of the budget; the
 * result is never longer for plain RCPSP instances. With releases and breaks the
 * backward pass ignores them, so it is a heuristic reordering there (the forward pass
 * still respects them).
 */
import { listByStart } from './activity-list.js'
import { reversedProblem, type Problem } from './problem.js'
import type { Schedule } from './schedule.js'
import { SerialSgs } from './serial-sgs.js'

/** Justifies schedules of one problem (reusing its generators). */
export class Justifier {
  readonly #forward: SerialSgs
  readonly #backward: SerialSgs
  readonly #reverseTopological: Int32Array

  constructor(readonly problem: Problem) {
    this.#forward = new SerialSgs(problem)
    const reversed = reversedProblem(problem)
    this.#backward = new SerialSgs(reversed)
    this.#reverseTopological = reversed.topological
  }

  /** The reversed problem (backward lists are activity lists of it). */
  get reversed(): Problem {
    return this.#backward.problem
  }

  /** The backward list of a schedule: latest end first. */
  backwardList(schedule: Schedule): Int32Array {
    const mirrored = Int32Array.from(schedule.ends, (end) => schedule.makespan - end)
    return listByStart(mirrored, this.#reverseTopological)
  }

  /** Decodes a backward list (right-justified schedule), then left-justifies it: two schedules. */
  fromBackward(backwardList: Int32Array): { schedule: Schedule; list: Int32Array } {
    return this.leftJustify(this.decodeBackward(backwardList))
  }

  /** Decodes a backward list into a right-justified schedule, in reversed time (one schedule). */
  decodeBackward(backwardList: Int32Array): Schedule {
    return this.#backward.decode(backwardList)
  }

  /** Left-justifies a schedule of the reversed problem (one schedule). */
  leftJustify(right: Schedule): { schedule: Schedule; list: Int32Array } {
    const rightStarts = Int32Array.from(right.ends, (end) => right.makespan - end)
    const forwardList = listByStart(rightStarts, this.problem.topological)
    return { schedule: this.#forward.decode(forwardList), list: forwardList }
  }

  /** The right- then left-justified schedule of `schedule` (two schedules), and its activity list. */
  justify(schedule: Schedule): { schedule: Schedule; list: Int32Array } {
    return this.fromBackward(this.backwardList(schedule))
  }
}
