/**
 * Periods people plan in: half-years (`2027 H1`, `H2 2026`), quarters (`Q3 2027`,
 * `2027-Q3`) and fiscal years (`FY2027`, `FY 27`). A deadline written as a period is its
 * last day. A fiscal year is named by the calendar year it ends in (as the US federal
 * and most company years are): with a year starting in April, FY2027 runs from
 * 2026-04-01 to 2027-03-31; with the default start, January, it is the calendar year.
 */
import { Temporal } from 'temporal-polyfill'

/** A period's first and last day (ISO dates) and the words that named it. */
export interface CalendarPeriod {
  readonly start: string
  readonly end: string
  readonly text: string
}

const YEAR = '((?:19|20|21)\\d{2})'
const HALF_OR_QUARTER = '([HhQq])([1-4])'
/** `2027 H1`, `2027-H1`, `2027/Q3`: year first. */
const YEAR_FIRST = new RegExp(`(?<![\\w-])${YEAR}[\\s/-]*${HALF_OR_QUARTER}(?!\\w)`)
/** `H1 2027`, `Q3/2027`, `H1-2027`: year last. */
const YEAR_LAST = new RegExp(`(?<![\\w-])${HALF_OR_QUARTER}[\\s/-]*${YEAR}(?![\\w-])`)
/** `FY2027`, `FY 2027`, `FY27`, `FY-27`. */
const FISCAL_YEAR = /(?<![\w-])FY[\s-]?(\d{4}|\d{2})(?![\w-])/i

/**
 * The first period `text` names, or `null`. `fiscalYearStart` is the month (1–12) a
 * fiscal year starts in.
 */
export function calendarPeriodIn(text: string, fiscalYearStart = 1): CalendarPeriod | null {
  const first = YEAR_FIRST.exec(text)
  const last = YEAR_LAST.exec(text)
  const fiscal = FISCAL_YEAR.exec(text)
  const found = [
    first && { at: first.index, period: halfOrQuarter(Number(first[1]), first[2] as string, Number(first[3]), first[0]) },
    last && { at: last.index, period: halfOrQuarter(Number(last[3]), last[1] as string, Number(last[2]), last[0]) },
    fiscal && { at: fiscal.index, period: fiscalYear(fiscal[1] as string, fiscalYearStart, fiscal[0]) },
  ].filter((f): f is { at: number; period: CalendarPeriod | null } => f !== null && f.period !== null)
  found.sort((a, b) => a.at - b.at)
  return found[0]?.period ?? null
}

function halfOrQuarter(year: number, kind: string, n: number, text: string): CalendarPeriod | null {
  const half = kind.toLowerCase() === 'h'
  if (half && n > 2) return null
  const months = half ? 6 : 3
  const startMonth = (n - 1) * months + 1
  return span(year, startMonth, months, text)
}

function fiscalYear(written: string, startMonth: number, text: string): CalendarPeriod | null {
  const endYear = written.length === 2 ? 2000 + Number(written) : Number(written)
  // A year starting in January is the calendar year; one starting later began the year before.
  return span(startMonth === 1 ? endYear : endYear - 1, startMonth, 12, text)
}

/** `months` months from the first of `startMonth` in `year`. */
function span(year: number, startMonth: number, months: number, text: string): CalendarPeriod {
  const first = Temporal.PlainDate.from({ year, month: startMonth, day: 1 })
  return { start: first.toString(), end: first.add({ months }).subtract({ days: 1 }).toString(), text }
}
