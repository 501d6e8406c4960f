/**
 * The working calendar: which dates are working days (weekdays, minus holidays), counted
 * from the plan's start. Periods of the scheduler are working-day indices: 0 is the
 * start date, 1 the next working day, and so on. Plain calendar dates, no time zones.
 */
import { Temporal } from 'temporal-polyfill'
import { FIRST_DATE, LAST_DATE, nextDay, type Weekday } from '../../model/iso-date.js'

/** A plan that would need dates past `LAST_DATE`: an input problem (a start or estimates that far out), not a bug. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError'
}

export type { Weekday }

/** What makes a calendar. */
export interface CalendarSpec {
  /** The first day of the plan (moved forward to a working day). */
  readonly start: string
  readonly workdays: readonly Weekday[]
  /** Dates that are not working days (ISO). */
  readonly holidays: readonly string[]
}

const MS_PER_DAY = 86_400_000

/**
 * A date as whole days since 1970-01-01: the calendar steps through centuries of days
 * for long plans, and integers are what makes that quick (a date object a day was not).
 */
function epochDay(iso: string): number {
  const date = Temporal.PlainDate.from(iso)
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY
}

function isoOf(day: number): string {
  // `Date.UTC` maps years below 100 to 19xx, so years are written out here, not parsed.
  const date = new Date(day * MS_PER_DAY)
  const y = String(date.getUTCFullYear()).padStart(4, '0')
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`
}

/** ISO weekday of an epoch day (1970-01-01 was a Thursday). */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1
}

const FIRST = epochDay(FIRST_DATE)
const LAST = epochDay(LAST_DATE)

/** Working days ↔ dates. */
export class WorkCalendar {
  readonly #workdays: ReadonlySet<number>
  readonly #holidays: ReadonlySet<number>
  /** Working days found so far, as epoch days, in order (index = period). */
  readonly #days: number[] = []

  constructor(spec: CalendarSpec) {
    if (spec.workdays.length === 0) throw new RangeError('a calendar needs at least one working weekday')
    this.#workdays = new Set(spec.workdays)
    this.#holidays = new Set(spec.holidays.map(epochDay))
    let day = epochDay(spec.start)
    if (day < FIRST || day > LAST)
      throw new CalendarRangeError(`the plan's start ${spec.start} is not between ${FIRST_DATE} and ${LAST_DATE}`)
    // Holidays can make long stretches; a year of them without a working day is a mistake.
    for (let guard = 0; !this.#working(day); guard++) {
      if (guard > 366)
        throw new CalendarRangeError(`no working day within a year of the plan's start ${spec.start}: the holidays cover it all`)
      if (day >= LAST) throw new CalendarRangeError(`no working day from the plan's start ${spec.start} to ${LAST_DATE}`)
      day++
    }
    this.#days.push(day)
  }

  /** The first working day (period 0). */
  get start(): string {
    return isoOf(this.#days[0] as number)
  }

  /** Whether a date is a working day. */
  isWorkingDay(date: Temporal.PlainDate): boolean {
    return this.#working(epochDay(date.toString()))
  }

  /** The date of working day `period` (ISO). */
  dateOf(period: number): string {
    if (period < 0) throw new RangeError(`period ${period} is before the start`)
    this.#extendTo(period)
    return isoOf(this.#days[period] as number)
  }

  /**
   * The period of the first working day on or after `date` (0 for dates before the
   * start): where something "from `date`" begins.
   */
  periodFrom(date: string): number {
    const target = epochDay(date)
    const days = this.#days
    if (target <= (days[0] as number)) return 0
    while ((days[days.length - 1] as number) < target) this.#extendTo(days.length + 64)
    // The first working day not before `target`.
    let lo = 0
    let hi = days.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((days[mid] as number) < target) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The period after the last working day on or before `date`: where something "until `date`" ends. */
  periodAfter(date: string): number {
    return this.periodFrom(nextDay(date))
  }

  #working(day: number): boolean {
    return this.#workdays.has(weekdayOf(day)) && !this.#holidays.has(day)
  }

  #extendTo(period: number): void {
    const days = this.#days
    let day = days[days.length - 1] as number
    while (days.length <= period) {
      if (day >= LAST)
        throw new CalendarRangeError(
          `the plan runs past ${LAST_DATE}, the last date Waymark plans on; start earlier or check the estimates`,
        )
      day++
      if (this.#working(day)) days.push(day)
    }
  }
}
