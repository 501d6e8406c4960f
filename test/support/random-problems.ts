/** Random RCPSP instances for property and differential tests (fast-check arbitraries). */
import fc from 'fast-check'
import { mergeIntervals } from '../../src/plan/rcpsp/intervals.js'
import type { ProblemSpec } from '../../src/plan/rcpsp/problem.js'

/** Options of the generator. */
export interface ProblemShape {
  readonly maxActivities: number
  readonly maxResources: number
  readonly maxDuration: number
  readonly releases?: boolean
  readonly breaks?: boolean
}

/** Acyclic instances: successors always have larger indices. */
export function problemSpecs(shape: ProblemShape): fc.Arbitrary<ProblemSpec> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: shape.maxActivities }),
      resources: fc.integer({ min: 0, max: shape.maxResources }),
    })
    .chain(({ n, resources }) =>
      fc.record({
        capacities: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: resources, maxLength: resources }),
        activities: fc.array(
          fc.record({
            duration: fc.integer({ min: 0, max: shape.maxDuration }),
            demandFractions: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: resources, maxLength: resources }),
            successorMask: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
            release: shape.releases ? fc.integer({ min: 0, max: 10 }) : fc.constant(0),
            breaks: shape.breaks
              ? fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 4 })), { maxLength: 2 })
              : fc.constant([] as [number, number][]),
          }),
          { minLength: n, maxLength: n },
        ),
      }),
    )
    .map(({ capacities, activities }) => ({
      capacities,
      activities: activities.map((a, j) => ({
        duration: a.duration,
        demands: a.demandFractions
          .map((f, r) => ({ resource: r, amount: Math.min(capacities[r] ?? 1, Math.floor(f * ((capacities[r] ?? 1) + 1))) }))
          .filter((d) => d.amount > 0),
        // Successors only to later activities (acyclic), and not too far (realistic density).
        successors: a.successorMask.flatMap((b, k) => (b && k > j && k - j <= 6 ? [k] : [])),
        release: a.release,
        breaks: mergeIntervals(a.breaks.map(([s, len]) => [s, s + len] as [number, number])),
      })),
    }))
}
