/**
 * The optimiser: minimises the makespan of an RCPSP under a schedule budget, with a seed
 * (the same seed gives the same schedule). Ties in makespan go to the lower tie-break
 * cost when one is given (a roadmap's priorities and deadlines).
 *
 * 1. Priority rules (LFT, LST, MTS, GRPW, MSLK, SPT) with the serial scheme, and the
 *    parallel scheme with LFT, each double-justified.
 * 2. Regret-based biased random sampling on LFT, each justified.
 * 3. Iterated local search (the metaheuristic). A step shifts one to four activities in
 *    a schedule's backward list (latest end first), decodes it backward and justifies it
 *    forward (two schedules), and keeps the result when it is no worse — moving along
 *    plateaus of equal makespan is what finds the way down. Eight walkers start from the
 *    best schedules so far; by successive halving, the better half goes on after each
 *    round and rounds double in length, until one walker is left. It restarts from a new
 *    sample after a long stall (6 × n steps without improvement). A memo of decodings
 *    makes revisited lists and schedules free: they are not generated again.
 *
 * It stops when the budget is spent, or a schedule reaches the critical-path bound (with a
 * tie-break: and no cheaper tie has turned up in the last 500 schedules, or 20 per activity).
 */
import { activityList, listByStart } from './activity-list.js'
import { ScheduleBudget } from './budget.js'
import { DecodeMemo } from './decode-memo.js'
import { Justifier } from './justification.js'
import { shiftRandomActivity } from './moves.js'
import { ParallelSgs } from './parallel-sgs.js'
import { PRIORITY_RULES, priorityValues } from './priority-rules.js'
import type { Problem } from './problem.js'
import { Random } from '../../algorithms/seeded-random.js'
import type { Schedule } from './schedule.js'
import { SerialSgs } from './serial-sgs.js'
import { timeWindows } from './time-windows.js'
import { finishSteps, type WorkSteps } from '../work-steps.js'

/** Options of the optimiser. */
export interface OptimiseOptions {
  /** Schedules it may generate (each decode and each justification pass counts). */
  readonly budget: number
  readonly seed: number
  /** Among schedules of equal makespan, the lower cost wins (default: all equal). */
  readonly tieBreak?: (schedule: Schedule) => number
  /**
   * Priority values (lowest first) of activity lists to decode before any rule: a warm
   * start, such as a previous plan's order (`plan --baseline`).
   */
  readonly initial?: readonly Float64Array[]
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

/** Walkers in the first round of successive halving. */
const WALKERS = 8

/**
 * Local-search steps of each walker in the first round: a hundredth of the budget, so
 * that small budgets still see every round, and at most 50 (longer rounds measured worse).
 */
const firstRound = (budget: number): number => Math.max(1, Math.min(50, Math.round(budget / 100)))

/**
 * Memo size, in activities per memo: 8 MB of keys each; the schedules stored with them
 * take two to three times that, so the memos stay under about 70 MB in all.
 */
const MEMO_ENTRIES = 2_000_000

/** Schedules a search at the critical-path bound may go without a cheaper tie before it stops (at least). */
const TIE_BREAK_PATIENCE = 500

/** Local-search steps answered from the memo, at most this many per schedule of the budget. */
const FREE_STEPS = 4

/** One local search. */
interface Walker {
  current: Candidate
  /** Steps since it last improved. */
  stalled: number
}

/** Minimises the makespan of `problem`. */
export function optimise(problem: Problem, options: OptimiseOptions): OptimiseResult {
  return finishSteps(optimisation(problem, options))
}

/** Local-search steps between two pauses of `optimisation`. */
const STEPS_PER_PAUSE = 16

/** `optimise` as steps: it pauses after each rule, each sample and every few local-search steps. */
export function* optimisation(problem: Problem, options: OptimiseOptions): WorkSteps<OptimiseResult> {
  const budget = new ScheduleBudget(Math.max(1, Math.floor(options.budget)))
  const random = new Random(options.seed)
  const windows = timeWindows(problem)
  const lowerBound = windows.length
  const serial = new SerialSgs(problem)
  const justifier = new Justifier(problem)
  const tieBreak = options.tieBreak ?? ((): number => 0)
  const candidate = (list: Int32Array, schedule: Schedule): Candidate => ({ list, schedule, cost: tieBreak(schedule) })

  let best: Candidate | null = null
  // Read through a function: the closures below assign `best`, which narrowing cannot see.
  const bestSoFar = (): Candidate | null => best
  // When the best schedule last changed (in schedules generated): a search at the bound
  // that has found no better tie-break for a while has found what it will.
  let improvedAt = 0
  const consider = (c: Candidate): Candidate => {
    if (best === null || better(c, best)) {
      best = c
      improvedAt = budget.used
    }
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
  const atBound = (): boolean => best !== null && (best as Candidate).schedule.makespan <= lowerBound
  const patience = Math.max(TIE_BREAK_PATIENCE, 20 * problem.n)
  // At the bound no schedule is shorter: without a tie-break that is the end; with one, the
  // search goes on only while it still finds cheaper ties now and then.
  const reachedBound = (): boolean => atBound() && (!options.tieBreak || budget.used - improvedAt > patience)
  const done = (): boolean => !budget.allows(1) || reachedBound()

  // 0. A warm start: the caller's orders (a previous plan's), decoded as given.
  for (const values of options.initial ?? []) {
    if (done()) break
    fromList(activityList(problem, values))
    yield
  }

  // 1. Priority rules.
  const lft = priorityValues(problem, 'lft', windows)
  for (const rule of PRIORITY_RULES) {
    if (done()) break
    // MTS needs all transitive successors: quadratic memory, so only for moderate sizes.
    if (rule === 'mts' && problem.n > LARGE) continue
    fromList(activityList(problem, rule === 'lft' ? lft : priorityValues(problem, rule, windows)))
    yield
  }
  if (!done()) {
    budget.spend()
    const schedule = new ParallelSgs(problem).decode(lft)
    justified(listByStart(schedule.starts, problem.topological), schedule)
  }

  // 2. Sampling: the pool the walkers start from.
  // Regret sampling costs activities × eligible ones per list: skipped for large problems.
  const samples = problem.n > LARGE ? 0 : Math.max(2, Math.min(30, Math.round(budget.limit / 200)))
  const pool: Candidate[] = []
  for (let s = 0; s < samples && !done(); s++) {
    pool.push(fromList(activityList(problem, lft, random)))
    yield
  }
  const start = bestSoFar()
  if (start === null) return fallback()

  // 3. Iterated local search by successive halving.
  const reversed = justifier.reversed
  // Lists and right schedules already decoded, and what they gave (hits cost nothing).
  const memoCapacity = Math.max(1, Math.floor(MEMO_ENTRIES / Math.max(1, problem.n)))
  const rights = new DecodeMemo<Schedule>(memoCapacity)
  const lefts = new DecodeMemo<Candidate>(memoCapacity)
  let freeSteps = 0
  const step = (walker: Walker): void => {
    const backward = justifier.backwardList(walker.current.schedule)
    const shifts = 1 + random.below(MAX_SHIFTS)
    for (let m = 0; m < shifts; m++) shiftRandomActivity(reversed, backward, random)
    let right = rights.get(backward)
    if (right === undefined) {
      budget.spend()
      right = justifier.decodeBackward(backward)
      rights.set(backward, right)
    } else freeSteps++
    let child = lefts.get(right.starts)
    if (child === undefined) {
      budget.spend()
      const next = justifier.leftJustify(right)
      child = consider(candidate(next.list, next.schedule))
      lefts.set(right.starts, child)
    } else freeSteps++
    walker.stalled = better(child, walker.current) ? 0 : walker.stalled + 1
    if (!better(walker.current, child)) walker.current = child
  }
  // Memo hits make steps free; a bound on them keeps tiny problems from looping forever.
  const searching = (): boolean => budget.allows(2) && !reachedBound() && freeSteps < budget.limit * FREE_STEPS
  pool.sort((a, b) => a.schedule.makespan - b.schedule.makespan || a.cost - b.cost)
  const starts = [start, ...pool.filter((c) => c !== start)].slice(0, WALKERS)
  let walkers: Walker[] = starts.map((current) => ({ current, stalled: 0 }))
  let untilPause = STEPS_PER_PAUSE
  for (let steps = firstRound(budget.limit); walkers.length > 1 && searching(); steps *= 2) {
    for (let i = 0; i < steps && searching(); i++) {
      for (const walker of walkers) if (searching()) step(walker)
      if (--untilPause <= 0) {
        untilPause = STEPS_PER_PAUSE
        yield
      }
    }
    // Ties go to a random walker, so that equal walkers do not always lose in the same order.
    const ranked = walkers.map((walker) => ({ walker, key: random.next() }))
    ranked.sort((a, b) =>
      better(a.walker.current, b.walker.current) ? -1 : better(b.walker.current, a.walker.current) ? 1 : a.key - b.key,
    )
    walkers = ranked.slice(0, Math.ceil(walkers.length / 2)).map((r) => r.walker)
  }
  const last = walkers[0] as Walker
  const stallLimit = 6 * problem.n
  while (searching()) {
    if (last.stalled >= stallLimit && budget.allows(3)) {
      last.current = fromList(activityList(problem, lft, random))
      last.stalled = 0
    } else step(last)
    if (--untilPause <= 0) {
      untilPause = STEPS_PER_PAUSE
      yield
    }
  }
  return result(bestSoFar() ?? start)

  function fallback(): OptimiseResult {
    // A budget too small for even one justified schedule: one plain decode.
    budget.spend()
    const list = activityList(problem, lft)
    return { schedule: serial.decode(list), list, schedules: budget.used, lowerBound }
  }
  function result(c: Candidate): OptimiseResult {
    return { schedule: c.schedule, list: c.list, schedules: budget.used, lowerBound }
  }
}

/** Whether `a` is strictly better than `b`: shorter, or as short and cheaper. */
function better(a: Candidate, b: Candidate): boolean {
  return a.schedule.makespan < b.schedule.makespan || (a.schedule.makespan === b.schedule.makespan && a.cost < b.cost)
}
