/**
 * One suite, every scheduler: whatever produces a schedule — the serial and parallel
 * schemes, justification, the optimiser — must produce a feasible one, as judged by a
 * checker that shares no code with them.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityList } from '../../src/plan/rcpsp/activity-list.js'
import { Justifier } from '../../src/plan/rcpsp/justification.js'
import { optimise } from '../../src/plan/rcpsp/optimise.js'
import { ParallelSgs } from '../../src/plan/rcpsp/parallel-sgs.js'
import { priorityValues } from '../../src/plan/rcpsp/priority-rules.js'
import { compileProblem, type Problem, type ProblemSpec } from '../../src/plan/rcpsp/problem.js'
import { Random } from '../../src/algorithms/seeded-random.js'
import type { Schedule } from '../../src/plan/rcpsp/schedule.js'
import { SerialSgs } from '../../src/plan/rcpsp/serial-sgs.js'
import { timeWindows } from '../../src/plan/rcpsp/time-windows.js'
import { makespanOf, violations } from '../support/feasibility.js'
import { problemSpecs } from '../support/random-problems.js'

/** A scheduler under test: a problem in, a schedule out. */
type Scheduler = (p: Problem) => Schedule

const lftList = (p: Problem): Int32Array => activityList(p, priorityValues(p, 'lft', timeWindows(p)))
const SCHEDULERS: [string, Scheduler][] = [
  ['serial scheme, LFT list', (p) => new SerialSgs(p).decode(lftList(p))],
  [
    'serial scheme, sampled list',
    (p) => new SerialSgs(p).decode(activityList(p, priorityValues(p, 'mts', timeWindows(p)), new Random(7))),
  ],
  ['parallel scheme, LFT', (p) => new ParallelSgs(p).decode(priorityValues(p, 'lft', timeWindows(p)))],
  ['double justification', (p) => new Justifier(p).justify(new SerialSgs(p).decode(lftList(p))).schedule],
  ['optimiser, 300 schedules', (p) => optimise(p, { budget: 300, seed: 3 }).schedule],
  ['optimiser, 1 schedule', (p) => optimise(p, { budget: 1, seed: 3 }).schedule],
]

const plain = problemSpecs({ maxActivities: 14, maxResources: 3, maxDuration: 6 })
const calendared = problemSpecs({ maxActivities: 10, maxResources: 2, maxDuration: 5, releases: true, breaks: true })

describe.each(SCHEDULERS)('%s', (_, schedule) => {
  const check = (spec: ProblemSpec): void => {
    const problem = compileProblem(spec)
    const s = schedule(problem)
    expect(violations(spec, s)).toEqual([])
    expect(s.makespan).toBe(makespanOf(s, spec.activities.length))
  }

  it('is feasible on random instances', () => {
    fc.assert(fc.property(plain, check), { numRuns: 150 })
  })

  it('is feasible with releases and breaks', () => {
    fc.assert(fc.property(calendared, check), { numRuns: 150 })
  })

  it('schedules zero-duration activities and an empty problem', () => {
    check({ capacities: [1], activities: [] })
    check({
      capacities: [1],
      activities: [
        { duration: 0, demands: [], successors: [1, 2] },
        { duration: 3, demands: [{ resource: 0, amount: 1 }], successors: [3] },
        { duration: 2, demands: [{ resource: 0, amount: 1 }], successors: [3] },
        { duration: 0, demands: [], successors: [] },
      ],
    })
  })
})
