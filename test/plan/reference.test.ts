/** Differential tests against a naive reference scheduler, and against brute force. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityList } from '../../src/plan/rcpsp/activity-list.js'
import { optimise } from '../../src/plan/rcpsp/optimise.js'
import { compileProblem } from '../../src/plan/rcpsp/problem.js'
import { Random } from '../../src/algorithms/seeded-random.js'
import { SerialSgs } from '../../src/plan/rcpsp/serial-sgs.js'
import { violations } from '../support/feasibility.js'
import { problemSpecs } from '../support/random-problems.js'
import { bruteForceOptimum, referenceSerial } from '../support/reference-scheduler.js'

describe('the serial scheme', () => {
  it('decodes every list exactly as the naive reference does', () => {
    const specs = problemSpecs({ maxActivities: 12, maxResources: 3, maxDuration: 5, releases: true, breaks: true })
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 1000 }), (spec, seed) => {
        const problem = compileProblem(spec)
        const list = activityList(problem, new Float64Array(problem.n), new Random(seed))
        const ours = new SerialSgs(problem).decode(list)
        const reference = referenceSerial(spec, Array.from(list))
        expect(Array.from(ours.starts)).toEqual(reference.starts)
        expect(Array.from(ours.ends)).toEqual(reference.ends)
      }),
      { numRuns: 200 },
    )
  })
})

describe('the optimiser', () => {
  it('finds the optimum of tiny instances that brute force finds', () => {
    const specs = problemSpecs({ maxActivities: 6, maxResources: 2, maxDuration: 5 })
    fc.assert(
      fc.property(specs, (spec) => {
        const result = optimise(compileProblem(spec), { budget: 2000, seed: 1 })
        expect(result.schedule.makespan).toBe(bruteForceOptimum(spec))
      }),
      { numRuns: 60 },
    )
  })

  it('is deterministic for a seed, and never longer than its first priority-rule schedule', () => {
    const specs = problemSpecs({ maxActivities: 25, maxResources: 3, maxDuration: 8 })
    fc.assert(
      fc.property(specs, fc.integer({ min: 0, max: 99 }), (spec, seed) => {
        const problem = compileProblem(spec)
        const a = optimise(problem, { budget: 400, seed })
        const b = optimise(problem, { budget: 400, seed })
        expect(Array.from(a.schedule.starts)).toEqual(Array.from(b.schedule.starts))
        expect(a.schedules).toBeLessThanOrEqual(400)
        expect(violations(spec, a.schedule)).toEqual([])
        expect(a.schedule.makespan).toBeGreaterThanOrEqual(a.lowerBound)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps to its budget, counting every pass', () => {
    const problem = compileProblem({
      capacities: [2],
      activities: Array.from({ length: 30 }, (_, j) => ({
        duration: 1 + (j % 4),
        demands: [{ resource: 0, amount: 1 + (j % 2) }],
        successors: j + 3 < 30 ? [j + 3] : [],
      })),
    })
    for (const budget of [1, 2, 3, 10, 57, 500])
      expect(optimise(problem, { budget, seed: 5 }).schedules).toBeLessThanOrEqual(budget)
  })
})

describe('the feasibility checker', () => {
  it('catches broken precedence, capacity, durations and breaks', () => {
    const spec = {
      capacities: [1],
      activities: [
        { duration: 2, demands: [{ resource: 0, amount: 1 }], successors: [1] },
        { duration: 2, demands: [{ resource: 0, amount: 1 }], successors: [], breaks: [[3, 4]] as [number, number][] },
      ],
    }
    expect(violations(spec, { starts: [0, 2], ends: [2, 5] })).toEqual([])
    expect(violations(spec, { starts: [0, 1], ends: [2, 3] })).toContain('precedence 0 → 1: 1 starts at 1 before 0 ends at 2')
    expect(violations(spec, { starts: [0, 1], ends: [2, 3] }).some((v) => v.startsWith('resource 0 at period 1'))).toBe(true)
    expect(violations(spec, { starts: [0, 2], ends: [2, 4] })).toContain('activity 1: works 1 periods in [2, 4), needs 2')
    expect(violations(spec, { starts: [0, 3], ends: [2, 6] })).toContain('activity 1: starts on a break')
  })
})
