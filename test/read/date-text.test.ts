import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { firstDateIn, lastYearIn } from '../../src/read/date-text.js'

const date = (text: string, year: number | null = null): string | null => firstDateIn(text, year)?.date ?? null

describe('firstDateIn', () => {
  it('reads ISO dates, slashes and timestamps', () => {
    expect(date('- 3.13.0 beta 1: Wednesday, 2024-05-08')).toBe('2024-05-08')
    expect(date('Created | 2011/02/22 20:00')).toBe('2011-02-22')
    expect(firstDateIn('Meeting start: 2025-08-21T18:08:37Z', null)?.timestamp).toBe(true)
    expect(firstDateIn('2021-03-10(v1.21) Alpha', null)?.timestamp).toBe(false)
  })

  it('reads day-first and month-first dates with and without weekday, ordinal and year', () => {
    expect(date('Monday 8th January 2024')).toBe('2024-01-08')
    expect(date('Tuesday 23th January 2024')).toBe('2024-01-23')
    expect(date('Created: 26-May-2023')).toBe('2023-05-26')
    expect(date('begins on Tuesday, January 2nd, 2018, and ends')).toBe('2018-01-02')
    expect(date('Next release (January 31, 2022)')).toBe('2022-01-31')
    expect(date('* June 16 -- Structural equality', 2021)).toBe('2021-06-16')
    expect(date('Sept. 3', 2020)).toBe('2020-09-03')
  })

  it('dates a range from its first day', () => {
    expect(date('Tuesday 19th - Friday 22nd March 2024')).toBe('2024-03-19')
    expect(date('March 16-31 18:00 UTC - Application period', 2026)).toBe('2026-03-16')
    expect(date('applications open: May 3rd - May 17th (3 weeks)', 2021)).toBe('2021-05-03')
    const range = firstDateIn('May 25 - August 24 - Standard coding period', 2026)
    expect(range && 'May 25 - August 24 - Standard coding period'.slice(range.end)).toBe(' - Standard coding period')
  })

  it('takes a time after a year for no year, and a year only when written or given', () => {
    expect(date('June 16')).toBeNull()
    expect(date('**Monday 8th January 2024**: Week 1')).toBe('2024-01-08')
    expect(date('February 19 18:00 UTC', 2026)).toBe('2026-02-19')
  })

  it('finds no date in versions, paths, links, prose words or impossible days', () => {
    expect(date('release 1.10.0 and 3.13')).toBeNull()
    expect(date('vendor/pkg/cmd/exec:2023-01-13 - 68.9%')).toBeNull()
    expect(date('see https://blog.example.org/2019/02/22/announcement/')).toBeNull()
    expect(date('you may 5 times', null)).toBeNull()
    expect(date('February 30, 2024')).toBeNull()
    expect(date('ETA: May 2022')).toBeNull()
    expect(date('1850-01-01')).toBeNull()
  })

  it('never throws and returns spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
        const found = firstDateIn(text, year)
        if (found) {
          expect(found.start).toBeGreaterThanOrEqual(0)
          expect(found.end).toBeLessThanOrEqual(text.length)
          expect(found.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        }
      }),
    )
  })
})

describe('lastYearIn', () => {
  it('finds a title year, not a version', () => {
    expect(lastYearIn('Google Summer of Code 2026 ideas')).toBe(2026)
    expect(lastYearIn('Kubernetes 1.30')).toBeNull()
  })
})
