/**
 * The optimiser: minimises the makespan of an RCPSP under a schedule budget, with a seed
 * (the same seed gives the same schedule). Ties in makespan go to the lower tie-break
 * cost when one is given (a roadmap's priorities and deadlines).
 *
 * 1. Priority rules (LFT, LST, MTS, GRPW, MSLK, SPT) with the serial scheme, and the
 *    parallel scheme with LFT, each double-justified.
 * 2. Regret-based biased random sampling on LFT, each justified.
 * 3. Iterated local search (the metaheuristic): from the best schedule, shift one to four
 *    activities in its backward list (latest end first), decode it backward and justify it
 *    forward (two schedules), and keep the result when it is no worse — moving along
 *    plateaus of equal makespan is what finds the way down. After a long stall (6 × n
 *    iterations without improvement) it restarts from a new sample.
 *
 * It stops when the budget is spent or a schedule reaches the critical-path bound.
 */
import { activityList, listByStart } from './activity-list.js'
import { ScheduleBudget } from './budget.js'
import { Justifier } from './justification.js'
import { shiftRandomActivity } from './moves.js'
import { ParallelSgs } from './parallel-sgs.js'
import { PRIORITY_RULES, priorityValues } from './priority-rules.js'
import type { Problem } from './problem.js'
import { Random } from './random.js'
import type { Schedule } from './schedule.js'
import { SerialSgs } from './serial-sgs.js'
import { timeWindows } from './time-windows.js'

/** Options of the optimiser. */
export interface OptimiseOptions {
  /** Schedules it may generate (each decode and each justification pass counts). */
  readonly budget: number
  readonly seed: number
  /** Among schedules of equal makespan, the lower cost wins (default: all equal). */
  readonly tieBreak?: (schedule: Schedule) => number
}

/** The best schedule found and how it was found. */
export interface OptimiseResult {
  readonly schedule: Schedule
  /** An activity list that decodes (serial scheme) to `schedule`. */
  readonly list: Int32Array
  /** Schedules generated. */
  readonly schedules: number
  /** The critical-path lower bound (a schedule reaching it is optimal). */
  readonly lowerBound: number
}

interface Candidate {
  readonly list: Int32Array
  readonly schedule: Schedule
  readonly cost: number
}

/** Problems with more activities than this skip the quadratic parts (MTS, sampling). */
const LARGE = 5000

/** Shift moves per local-search step: uniformly one to this many. */
const MAX_SHIFTS = 4

/** Minimises the makespan of `problem`. */
export function optimise(problem: Problem, options: OptimiseOptions): OptimiseResult {
  const budget = new ScheduleBudget(Math.max(1, Math.floor(options.budget)))
  const random = new Random(options.seed)
  const windows = timeWindows(problem)
  const lowerBound = windows.length
  const serial = new SerialSgs(problem)
  const justifier = new Justifier(problem)
  const tieBreak = options.tieBreak ?? ((): number => 0)
  const candidate = (list: Int32Array, schedule: Schedule): Candidate => ({ list, schedule, cost: tieBreak(schedule) })

  let best: Candidate | null = null
  const consider = (c: Candidate): Candidate => {
    if (best === null || better(c, best)) best = c
    return c
  }
  /** Justifies a decoded schedule when the budget allows (two more schedules). */
  const justified = (list: Int32Array, schedule: Schedule): Candidate => {
    const decoded = candidate(list, schedule)
    if (!budget.allows(2)) return consider(decoded)
    budget.spend(2)
    const j = justifier.justify(schedule)
    const c = candidate(j.list, j.schedule)
    return consider(better(decoded, c) ? decoded : c)
  }
  const fromList = (list: Int32Array): Candidate => {
    budget.spend()
    return justified(list, serial.decode(list))
  }
  const reachedBound = (): boolean => best !== null && (best as Candidate).schedule.makespan <= lowerBound && !options.tieBreak
  const done = (): boolean => !budget.allows(1) || reachedBound()

  // 1. Priority rules.
  const lft = priorityValues(problem, 'lft', windows)
  for (const rule of PRIORITY_RULES) {
    if (done()) break
    // MTS needs all transitive successors: quadratic memory, so only for moderate sizes.
    if (rule === 'mts' && problem.n > LARGE) continue
    fromList(activityList(problem, rule === 'lft' ? lft : priorityValues(problem, rule, windows)))
  }
  if (!done()) {
    budget.spend()
    const schedule = new ParallelSgs(problem).decode(lft)
    justified(listByStart(schedule.starts, problem.topological), schedule)
  }

  // 2. Sampling.
  // Regret sampling costs activities × eligible ones per list: skipped for large problems.
  const samples = problem.n > LARGE ? 0 : Math.max(2, Math.min(30, Math.round(budget.limit / 200)))
  for (let s = 0; s < samples && !done(); s++) fromList(activityList(problem, lft, random))

  // 3. Iterated local search.
  const reversed = justifier.reversed
  const stallLimit = 6 * problem.n
  let current = best as Candidate | null
  let stalled = 0
  while (current !== null && budget.allows(2) && !reachedBound()) {
    if (stalled >= stallLimit && budget.allows(3)) {
      current = fromList(activityList(problem, lft, random))
      stalled = 0
      continue
    }
    const backward = justifier.backwardList(current.schedule)
    const shifts = 1 + random.below(MAX_SHIFTS)
    for (let m = 0; m < shifts; m++) shiftRandomActivity(reversed, backward, random)
    budget.spend(2)
    const next = justifier.fromBackward(backward)
    const child = consider(candidate(next.list, next.schedule))
    stalled = better(child, current) ? 0 : stalled + 1
    if (!better(current, child)) current = child
  }

  const result = best as Candidate | null
  if (result === null) {
    // A budget too small for even one justified schedule: one plain decode.
    budget.spend()
    const list = activityList(problem, lft)
    return { schedule: serial.decode(list), list, schedules: budget.used, lowerBound }
  }
  return { schedule: result.schedule, list: result.list, schedules: budget.used, lowerBound }
}

/** Whether `a` is strictly better than `b`: shorter, or as short and cheaper. */
function better(a: Candidate, b: Candidate): boolean {
  return a.schedule.makespan < b.schedule.makespan || (a.schedule.makespan === b.schedule.makespan && a.cost < b.cost)
}
