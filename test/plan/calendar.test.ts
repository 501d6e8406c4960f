import { describe, expect, it } from 'vitest'
import { nextDay } from '../../src/model/iso-date.js'
import { WorkCalendar } from '../../src/plan/calendar/work-calendar.js'

const weekdays = [1, 2, 3, 4, 5] as const

describe('the working calendar', () => {
  it('moves the start to a working day and counts only working days', () => {
    const c = new WorkCalendar({ start: '2024-03-02', workdays: [...weekdays], holidays: ['2024-03-05'] }) // a Saturday
    expect(c.start).toBe('2024-03-04')
    expect([0, 1, 2, 3, 4].map((p) => c.dateOf(p))).toEqual([
      '2024-03-04',
      '2024-03-06',
      '2024-03-07',
      '2024-03-08',
      '2024-03-11',
    ])
  })

  it('maps dates to periods: from a date, and after a date', () => {
    const c = new WorkCalendar({ start: '2024-03-04', workdays: [...weekdays], holidays: [] })
    expect(c.periodFrom('2024-03-01')).toBe(0) // before the start
    expect(c.periodFrom('2024-03-06')).toBe(2)
    expect(c.periodFrom('2024-03-09')).toBe(5) // Saturday: the next Monday
    expect(c.periodAfter('2024-03-08')).toBe(5) // until Friday: ends before Monday
    expect(c.periodFrom('2026-03-02')).toBe(520) // two years on, extended on demand
  })

  it('supports other working weeks and refuses impossible ones', () => {
    const c = new WorkCalendar({ start: '2024-03-04', workdays: [1, 2, 3, 4], holidays: [] })
    expect(c.dateOf(4)).toBe('2024-03-11')
    expect(() => new WorkCalendar({ start: '2024-03-04', workdays: [], holidays: [] })).toThrow(/at least one working weekday/)
    const everyDay = Array.from({ length: 400 }, (_, k) => {
      const d = new Date(Date.UTC(2024, 0, 1 + k))
      return d.toISOString().slice(0, 10)
    })
    expect(() => new WorkCalendar({ start: '2024-01-01', workdays: [...weekdays], holidays: everyDay })).toThrow(
      /no working day within a year/,
    )
  })

  it('knows leap years and month ends', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29')
    expect(nextDay('2023-02-28')).toBe('2023-03-01')
    expect(nextDay('2023-12-31')).toBe('2024-01-01')
  })
})
