/**
 * The working calendar: which dates are working days (weekdays, minus holidays), counted
 * from the plan's start. Periods of the scheduler are working-day indices: 0 is the
 * start date, 1 the next working day, and so on. Plain calendar dates, no time zones.
 */
import { Temporal } from 'temporal-polyfill'
import { FIRST_DATE, LAST_DATE } from '../../read/date-value.js'

/** A plan that would need dates past `LAST_DATE`: an input problem (a start or estimates that far out), not a bug. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError'
}

const LAST = Temporal.PlainDate.from(LAST_DATE)

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** What makes a calendar. */
export interface CalendarSpec {
  /** The first day of the plan (moved forward to a working day). */
  readonly start: string
  readonly workdays: readonly Weekday[]
  /** Dates that are not working days (ISO). */
  readonly holidays: readonly string[]
}

/** Working days ↔ dates. */
export class WorkCalendar {
  readonly #workdays: ReadonlySet<number>
  readonly #holidays: ReadonlySet<string>
  /** Working dates found so far, in order (index = period). */
  readonly #dates: Temporal.PlainDate[] = []
  readonly #index = new Map<string, number>()

  constructor(spec: CalendarSpec) {
    if (spec.workdays.length === 0) throw new RangeError('a calendar needs at least one working weekday')
    this.#workdays = new Set(spec.workdays)
    this.#holidays = new Set(spec.holidays)
    let day = Temporal.PlainDate.from(spec.start)
    if (Temporal.PlainDate.compare(day, Temporal.PlainDate.from(FIRST_DATE)) < 0 || Temporal.PlainDate.compare(day, LAST) > 0)
      throw new CalendarRangeError(`the plan's start ${spec.start} is not between ${FIRST_DATE} and ${LAST_DATE}`)
    // Holidays can make long stretches; a year of them without a working day is a mistake.
    for (let guard = 0; !this.isWorkingDay(day); guard++) {
      if (guard > 366) throw new RangeError('no working day within a year of the start')
      if (Temporal.PlainDate.compare(day, LAST) >= 0)
        throw new CalendarRangeError(`no working day from the plan's start ${spec.start} to ${LAST_DATE}`)
      day = day.add({ days: 1 })
    }
    this.#push(day)
  }

  /** The first working day (period 0). */
  get start(): string {
    return (this.#dates[0] as Temporal.PlainDate).toString()
  }

  /** Whether a date is a working day. */
  isWorkingDay(date: Temporal.PlainDate): boolean {
    return this.#workdays.has(date.dayOfWeek) && !this.#holidays.has(date.toString())
  }

  /** The date of working day `period` (ISO). */
  dateOf(period: number): string {
    if (period < 0) throw new RangeError(`period ${period} is before the start`)
    this.#extendTo(period)
    return (this.#dates[period] as Temporal.PlainDate).toString()
  }

  /**
   * The period of the first working day on or after `date` (0 for dates before the
   * start): where something "from `date`" begins.
   */
  periodFrom(date: string): number {
    const target = Temporal.PlainDate.from(date)
    if (Temporal.PlainDate.compare(target, this.#dates[0] as Temporal.PlainDate) <= 0) return 0
    for (;;) {
      const known = this.#index.get(target.toString())
      if (known !== undefined) return known
      const last = this.#dates[this.#dates.length - 1] as Temporal.PlainDate
      if (Temporal.PlainDate.compare(last, target) > 0) {
        // `target` is not a working day: the next working day after it.
        let lo = 0
        let hi = this.#dates.length - 1
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (Temporal.PlainDate.compare(this.#dates[mid] as Temporal.PlainDate, target) < 0) lo = mid + 1
          else hi = mid
        }
        return lo
      }
      this.#extendTo(this.#dates.length + 64)
    }
  }

  /** The period after the last working day on or before `date`: where something "until `date`" ends. */
  periodAfter(date: string): number {
    const next = Temporal.PlainDate.from(date).add({ days: 1 }).toString()
    return this.periodFrom(next)
  }

  #extendTo(period: number): void {
    let day = this.#dates[this.#dates.length - 1] as Temporal.PlainDate
    while (this.#dates.length <= period) {
      if (Temporal.PlainDate.compare(day, LAST) >= 0)
        throw new CalendarRangeError(
          `the plan runs past ${LAST_DATE}, the last date Waymark plans on; start earlier or check the estimates`,
        )
      day = day.add({ days: 1 })
      if (this.isWorkingDay(day)) this.#push(day)
    }
  }

  #push(day: Temporal.PlainDate): void {
    this.#index.set(day.toString(), this.#dates.length)
    this.#dates.push(day)
  }
}

/** The first working day after `date` (the default plan start: the day after the meeting). */
export function nextDay(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString()
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days
}
