/** Half-years, quarters and fiscal years as people write them. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calendarPeriodIn } from '../../src/text/calendar-period.js'

describe('calendarPeriodIn', () => {
  it.each([
    ['2027 H1', '2027-01-01', '2027-06-30'],
    ['H2 2026', '2026-07-01', '2026-12-31'],
    ['2027-H2', '2027-07-01', '2027-12-31'],
    ['Q3 2027', '2027-07-01', '2027-09-30'],
    ['2027/q1', '2027-01-01', '2027-03-31'],
    ['Q4-2028', '2028-10-01', '2028-12-31'],
    ['FY2027', '2027-01-01', '2027-12-31'],
    ['fy 27', '2027-01-01', '2027-12-31'],
    ['Roadmap 2027 H1 (draft)', '2027-01-01', '2027-06-30'],
  ])('reads “%s” as %s to %s', (text, start, end) => {
    expect(calendarPeriodIn(text)).toMatchObject({ start, end })
  })

  it('names a fiscal year by the year it ends in', () => {
    expect(calendarPeriodIn('FY2027', 4)).toMatchObject({ start: '2026-04-01', end: '2027-03-31' })
    expect(calendarPeriodIn('FY2027', 10)).toMatchObject({ start: '2026-10-01', end: '2027-09-30' })
  })

  it('reads no period in other words', () => {
    for (const text of ['H3 2027', 'Q5 2027', '2027', 'H1N1', 'SQ3 2027', 'FY', 'build 2027-Q', 'roadmap 2027-2028'])
      expect(calendarPeriodIn(text), text).toBeNull()
  })

  it('gives a span that starts on a first and ends the day before the next period, for any period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'), (year, p) => {
        const period = calendarPeriodIn(`${year} ${p}`)
        expect(period?.start.endsWith('-01')).toBe(true)
        expect(period?.start.startsWith(String(year))).toBe(true)
        expect(period?.end.startsWith(String(year))).toBe(true)
        expect(calendarPeriodIn(`${p} ${year}`)).toEqual({ ...period, text: `${p} ${year}` })
      }),
    )
  })
})
