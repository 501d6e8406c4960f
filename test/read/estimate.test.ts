import { describe, expect, it } from 'vitest'
import { parseEstimate } from '../../src/read/estimate.js'
import { DEFAULT_UNITS } from '../../src/model/defaults.js'
import { plannedDays } from '../../src/model/estimate.js'

const range = (text: string, units = DEFAULT_UNITS): [number, number] | string => {
  const e = parseEstimate(text, units)
  return e.kind === 'estimate' ? [e.low, e.high] : e.kind
}

describe('estimates', () => {
  it.each([
    ['6 months', [126, 126]],
    ['4 - 8 weeks', [20, 40]],
    ['1 week', [5, 5]],
    ['1 month', [21, 21]],
    ['2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)', [20, 20]],
    ['3-4 months', [63, 84]],
    ['~2 weeks', [10, 10]],
    ['2w', [10, 10]],
    ['10 days', [10, 10]],
    ['1.5 months', [32, 32]],
    ['175 hours', [22, 22]],
    ['2-3w', [10, 15]],
    ['1 to 2 weeks', [5, 10]],
    ['8–4 weeks', [20, 40]],
    ['a couple of weeks', [10, 10]],
    ['half a month', [11, 11]],
    ['1,5 months', [32, 32]],
    ['one week and 3 days', [8, 8]],
    ['2 weeks - 1 month', [10, 21]],
    ['about 3 person-months', [63, 63]],
    ['1 quarter', [63, 63]],
    ['1 year', [252, 252]],
    ['6 months full-time', [126, 126]],
  ])('%s → %j working days', (text, expected) => {
    expect(range(text)).toEqual(expected)
  })

  it.each(['TODO months', 'TODO', 'TBD', '', '  ', '[Please fill in here]', 'X weeks', '? months'])(
    '%j is no estimate',
    (text) => {
      expect(parseEstimate(text).kind).toBe('missing')
    },
  )

  it.each([
    ['Q1 2023', 'a date, not a duration'],
    ['by March', 'a date, not a duration'],
    ['2023-03-31', 'a date, not a duration'],
    ['soon', 'no amount of time'],
    ['3', 'a number without a unit'],
    ['as long as it takes', 'no amount of time'],
  ])('%j is not a duration (%s)', (text, reason) => {
    const e = parseEstimate(text)
    expect(e).toEqual({ kind: 'invalid', text, reason })
  })

  it('keeps the original text, the parts and the notes', () => {
    const e = parseEstimate('2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)')
    expect(e.kind).toBe('estimate')
    if (e.kind !== 'estimate') return
    expect(e.text).toBe('2 weeks (cleanup + upstream existing), +2 weeks (hw breakpoints, thread context support)')
    expect(e.parts.map((p) => [p.low, p.unit])).toEqual([
      [2, 'weeks'],
      [2, 'weeks'],
    ])
    expect(e.notes).toEqual(['cleanup + upstream existing', 'hw breakpoints, thread context support'])
    expect(e.approximate).toBe(false)
  })

  it('marks approximate estimates', () => {
    for (const text of ['~2 weeks', 'about 2 weeks', 'up to 2 weeks', 'roughly 2w', 'approx. 10 days']) {
      const e = parseEstimate(text)
      expect(e.kind === 'estimate' && e.approximate, text).toBe(true)
    }
  })

  it('converts with configured units', () => {
    const units = { ...DEFAULT_UNITS, daysPerWeek: 4, daysPerMonth: 20, hoursPerDay: 6 }
    expect(range('6 months', units)).toEqual([120, 120])
    expect(range('2 weeks', units)).toEqual([8, 8])
    expect(range('12 hours', units)).toEqual([2, 2])
    expect(range('2 weeks - 1 month', units)).toEqual([8, 20])
  })
})

describe('plannedDays', () => {
  it('plans a range at its middle, rounded up', () => {
    expect(plannedDays({ low: 10, high: 15 })).toBe(13)
    expect(plannedDays({ low: 10, high: 10 })).toBe(10)
    expect(plannedDays({ low: 0, high: 1 })).toBe(1)
  })
})

describe('estimates as idea lists write them', () => {
  const range = (text: string): [number, number] | string => {
    const r = parseEstimate(text)
    return r.kind === 'estimate' ? [r.low, r.high] : r.kind
  }

  it('reads the amounts an estimate names in one unit as a range', () => {
    expect(range('90 or 175 hours depending on the student')).toEqual([12, 22])
    expect(range('90 hours or 175 hours, depending on the chosen parts')).toEqual([12, 22])
    expect(range('90hrs, the scope could grow to 350hrs')).toEqual([12, 44])
    expect(range('Small (90 hours) - Large (350 hours)')).toEqual([12, 44])
    expect(range('Small (90 hours) (or Medium (175 hours) with extras)')).toEqual([12, 22])
  })

  it('does not make a range of mixed units or of a paragraph of amounts', () => {
    expect(range('2 weeks of design, then 3 months of review by 2 people')).not.toEqual([10, 63])
    expect(range('1 2 3 4 5 hours')).toBe('invalid')
  })

  it('prefers a bracketed restatement in a finer unit that agrees', () => {
    expect(range('three months (12 weeks - full-time schedule)')).toEqual([60, 60])
    // Far apart: the bracket is a note, not the same amount.
    expect(range('3 months (about 2 weeks of it review)')).toEqual([63, 63])
  })
})

describe('sprints', () => {
  it('reads sprints in the configured length, two weeks by default', () => {
    const r = parseEstimate('2-3 sprints')
    expect(r.kind === 'estimate' ? [r.low, r.high] : r.kind).toEqual([20, 30])
    const long = parseEstimate('2 sprints', { ...DEFAULT_UNITS, daysPerSprint: 15 })
    expect(long.kind === 'estimate' ? long.low : long.kind).toBe(30)
  })
})
