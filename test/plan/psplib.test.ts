import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readPsplib, PsplibError } from '../../src/plan/psplib/read-sm.js'
import { optimise } from '../../src/plan/rcpsp/optimise.js'
import { timeWindows } from '../../src/plan/rcpsp/time-windows.js'
import { violations } from '../support/feasibility.js'
import { ROOT } from '../helpers.js'
import { psplibSpec } from '../support/psplib-spec.js'

const fixture = (name: string): string => readFileSync(join(ROOT, 'test/fixtures/psplib', name), 'utf8')
/** Critical-path bound and best lower bound (the optimum for J30), from PSPLIB's solution files. */
const REFERENCE: Record<string, { cpm: number; lb: number }> = {
  'j301_1.sm': { cpm: 38, lb: 43 },
  'j3013_2.sm': { cpm: 32, lb: 62 },
  'j3037_5.sm': { cpm: 59, lb: 80 },
  'j1201_1.sm': { cpm: 99, lb: 104 },
  'j12031_4.sm': { cpm: 112, lb: 194 },
}

describe('PSPLIB .sm instances', () => {
  it('reads jobs, precedence, durations, demands and capacities', () => {
    const inst = readPsplib(fixture('j301_1.sm'))
    expect(inst.jobs).toBe(32)
    expect(inst.problem.n).toBe(32)
    expect(inst.problem.resourceCount).toBe(4)
    expect(Array.from(inst.problem.capacities)).toEqual([12, 13, 4, 12])
    expect(Array.from(inst.problem.successors[0]!)).toEqual([1, 2, 3])
    expect(inst.durations[1]).toBe(8)
    expect(inst.mpmTime).toBe(38)
    expect(timeWindows(inst.problem).length).toBe(38)
  })

  it.each(Object.keys(REFERENCE))(
    '%s: the critical path matches MPM-Time and the optimiser stays between bound and optimum',
    (name) => {
      const inst = readPsplib(fixture(name))
      const ref = REFERENCE[name]!
      const { length } = timeWindows(inst.problem)
      expect(length).toBe(inst.mpmTime)
      expect(length).toBe(ref.cpm)
      const result = optimise(inst.problem, { budget: 1000, seed: 1 })
      expect(result.schedule.makespan).toBeGreaterThanOrEqual(ref.lb)
      expect(violations(psplibSpec(fixture(name)), result.schedule)).toEqual([])
    },
  )

  it('names the line of a malformed file', () => {
    const broken = fixture('j301_1.sm').replace(/^( {3}2 {8}1 {10}3)/m, '   2        1          4')
    expect(() => readPsplib(broken)).toThrow(PsplibError)
    try {
      readPsplib(broken)
    } catch (e) {
      expect((e as PsplibError).line).toBe(20)
    }
    expect(() => readPsplib('not a psplib file')).toThrow(/expected a line matching/)
  })
})
