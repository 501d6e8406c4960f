import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SampleCriticality } from '../../src/forecast/sample-criticality.js'
import { scheduleGraph, totalSlack } from '../../src/plan/analysis/schedule-graph.js'
import { activityList } from '../../src/plan/rcpsp/activity-list.js'
import { compileProblem } from '../../src/plan/rcpsp/problem.js'
import { Random } from '../../src/algorithms/seeded-random.js'
import { SerialSgs } from '../../src/plan/rcpsp/serial-sgs.js'
import type { ResourceInfo } from '../../src/plan/roadmap-problem.js'
import { problemSpecs } from '../support/random-problems.js'

describe('the critical activities of a sample', () => {
  it('are those the schedule graph gives no slack, with people, pools, zero durations and breaks', () => {
    const specs = problemSpecs({ maxActivities: 30, maxResources: 4, maxDuration: 6, releases: true, breaks: true })
    fc.assert(
      fc.property(
        specs,
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (spec, seed, pools) => {
          const problem = compileProblem(spec)
          const resources: ResourceInfo[] = spec.capacities.map((capacity, r) => ({
            kind: pools[r] === true ? 'pool' : 'person',
            name: `r${r}`,
            capacity,
            absences: [],
          }))
          const marks = new SampleCriticality(problem, resources)
          const decoder = new SerialSgs(problem)
          const random = new Random(seed)
          // Several schedules through one instance: its buffers must not carry anything over.
          for (let s = 0; s < 3; s++) {
            const schedule = decoder.decode(activityList(problem, new Float64Array(problem.n), random))
            const slack = totalSlack(problem, schedule, scheduleGraph(problem, schedule, resources))
            const critical = new Uint8Array(problem.n + 2)
            marks.mark(schedule, critical, 1)
            expect(Array.from(critical.subarray(1, problem.n + 1))).toEqual(Array.from(slack, (x) => (x === 0 ? 1 : 0)))
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})
