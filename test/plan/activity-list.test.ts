import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { activityList, listByStart } from '../../src/plan/rcpsp/activity-list.js'
import { compileProblem } from '../../src/plan/rcpsp/problem.js'
import { problemSpecs } from '../support/random-problems.js'

const specs = problemSpecs({ maxActivities: 40, maxResources: 2, maxDuration: 6 })

describe('activity lists', () => {
  it('by a rule: always the eligible activity of lowest value, ties by index (whole and fractional values)', () => {
    fc.assert(
      fc.property(
        specs,
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (spec, raw, fractions) => {
          const p = compileProblem(spec)
          const values = Float64Array.from({ length: p.n }, (_, j) => (raw[j] as number) / (fractions ? 3 : 1))
          // The rule, naively: scan the eligible activities for the lowest (value, index).
          const waiting = Array.from(p.predecessors, (preds) => preds.length)
          const expected: number[] = []
          const listed = new Set<number>()
          while (expected.length < p.n) {
            let pick = -1
            for (let j = 0; j < p.n; j++) {
              if (listed.has(j) || waiting[j] !== 0) continue
              if (pick === -1 || (values[j] as number) < (values[pick] as number)) pick = j
            }
            expected.push(pick)
            listed.add(pick)
            for (const s of p.successors[pick] as Int32Array) waiting[s] = (waiting[s] as number) - 1
          }
          expect(Array.from(activityList(p, values))).toEqual(expected)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('by start: activities by start time, ties in the order given, small starts counted and large ones compared', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 ** 30 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer(),
        (raw, seed) => {
          const starts = Int32Array.from(raw)
          // Any permutation as the order of ties.
          const tieOrder = Int32Array.from(raw.map((_, j) => j)).sort(
            (a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b,
          )
          const rank = new Map(Array.from(tieOrder, (j, k) => [j, k]))
          const expected = Array.from(tieOrder).sort(
            (a, b) => (starts[a] as number) - (starts[b] as number) || (rank.get(a) as number) - (rank.get(b) as number),
          )
          expect(Array.from(listByStart(starts, tieOrder))).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })
})
